package nl.samenspel.notification.integration;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.kit.kafka.Inbox;
import nl.samenspel.kit.kafka.IntegrationEventConsumer;
import nl.samenspel.kit.kafka.PoisonRecordException;
import nl.samenspel.kit.kafka.ReceivedRecord;
import nl.samenspel.notification.webhook.Deliveries;
import nl.samenspel.notification.feed.Feed;
import nl.samenspel.notification.feed.StoredEvent;
import nl.samenspel.notification.party.Party;
import nl.samenspel.notification.alert.PartyEventReceived;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Every organisation's handover topic and every municipality's topic, read by name pattern, so a party that joins
 * later is read from its first event. The party is the topic's: an event is stored for that party's feed and queued
 * for that party's webhooks only, whatever the event itself says.
 */
@Component
class PartyEventConsumer implements IntegrationEventConsumer {

    static final String NAME = "notification-party-events";

    private final Inbox inbox;
    private final Feed feed;
    private final Deliveries deliveries;
    private final ApplicationEventPublisher alerts;

    PartyEventConsumer(Inbox inbox, Feed feed, Deliveries deliveries, ApplicationEventPublisher alerts) {
        this.alerts = alerts;
        this.inbox = inbox;
        this.feed = feed;
        this.deliveries = deliveries;
    }

    @Override
    public String name() {
        return NAME;
    }

    // New topics are found when the consumer refreshes its metadata (samenspel.notification.topic-discovery).
    @KafkaListener(topicPattern = PartyTopics.PATTERN, groupId = GROUP_PREFIX + NAME,
            properties = "metadata.max.age.ms=${samenspel.notification.topic-discovery:30000}")
    void receive(ConsumerRecord<String, String> record) {
        inbox.receive(this, record);
    }

    @Override
    public void on(CloudEvent event) {
        throw new PoisonRecordException("An event for a party's webhooks needs the topic it came from: " + event.id());
    }

    @Override
    public void on(CloudEvent event, ReceivedRecord record) {
        Party party = PartyTopics.partyOf(record.topic()).orElseThrow(() -> new PoisonRecordException(
                "Topic " + record.topic() + " is not addressed to one organisation or municipality"));
        StoredEvent stored = feed.store(party, event.id(), event.type(), event.subject(),
                record.value().getBytes(StandardCharsets.UTF_8));
        deliveries.enqueue(stored);
        alerts.publishEvent(new PartyEventReceived(stored));
    }
}
