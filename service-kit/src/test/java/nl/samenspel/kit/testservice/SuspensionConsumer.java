package nl.samenspel.kit.testservice;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.network.NetworkEvents;
import nl.samenspel.events.network.OrganisationSuspended;
import nl.samenspel.kit.kafka.Inbox;
import nl.samenspel.kit.kafka.IntegrationEventConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Records every organisation suspension it hears of; fails for "broken" organisations until they are "repaired". */
@Component
class SuspensionConsumer implements IntegrationEventConsumer {

    static final String TOPIC = "kittest.inbound.v1";
    static final String BROKEN_ORGANISATION = "org-that-fails-until-repaired";
    /** The broken organisations (those whose id starts with {@link #BROKEN_ORGANISATION}) that are handled again. */
    static final Set<String> REPAIRED = ConcurrentHashMap.newKeySet();

    private final Inbox inbox;
    private final JdbcTemplate jdbc;

    SuspensionConsumer(Inbox inbox, JdbcTemplate jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "kit-test-suspensions";
    }

    @KafkaListener(topics = TOPIC, groupId = "kit-test-suspensions")
    void receive(ConsumerRecord<String, String> record) {
        inbox.receive(this, record);
    }

    @Override
    public void on(CloudEvent event) {
        OrganisationSuspended suspended = IntegrationEvents.dataOf(event, NetworkEvents.ORGANISATION_SUSPENDED);
        if (suspended.organisationId().startsWith(BROKEN_ORGANISATION) && !REPAIRED.contains(suspended.organisationId())) {
            throw new IllegalStateException("cannot handle this organisation yet");
        }
        jdbc.update("insert into suspension_seen (event_id, organisation_id) values (?, ?)", event.id(), suspended.organisationId());
    }
}
