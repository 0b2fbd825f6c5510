package nl.samenspel.notification.integration;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.network.OrganisationLeft;
import nl.samenspel.kit.kafka.Inbox;
import nl.samenspel.kit.kafka.IntegrationEventConsumer;
import nl.samenspel.kit.kafka.TopicAdmin;
import nl.samenspel.notification.webhook.Departures;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** An organisation that leaves the network has its webhook subscriptions disabled and pending deliveries cancelled. */
@Component
class OrganisationDepartureConsumer implements IntegrationEventConsumer {

    static final String NAME = "notification-organisations";

    private final Inbox inbox;
    private final Departures departures;

    OrganisationDepartureConsumer(Inbox inbox, Departures departures) {
        this.inbox = inbox;
        this.departures = departures;
    }

    @Override
    public String name() {
        return NAME;
    }

    @KafkaListener(topics = Topics.NETWORK_ORGANISATIONS, groupId = GROUP_PREFIX + NAME)
    void receive(ConsumerRecord<String, String> record) {
        inbox.receive(this, record);
    }

    @Override
    public void on(CloudEvent event) {
        if (IntegrationEvents.dataOf(event) instanceof OrganisationLeft left) {
            departures.organisationLeft(left.organisationId());
        }
        // Admissions, suspensions and reinstatements change nothing here: a suspended organisation keeps its events.
    }

    @Bean
    static NewTopic organisationsTopic(TopicAdmin topics) {
        return topics.topic(Topics.NETWORK_ORGANISATIONS);
    }
}
