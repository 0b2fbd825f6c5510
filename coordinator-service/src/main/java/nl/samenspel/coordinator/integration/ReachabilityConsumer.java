package nl.samenspel.coordinator.integration;

import nl.samenspel.coordinator.queue.UnreachableOrganisations;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.notification.OrganisationReachable;
import nl.samenspel.events.notification.OrganisationUnreachable;
import nl.samenspel.kit.kafka.Inbox;
import nl.samenspel.kit.kafka.IntegrationEventConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Shows in the work queue which organisations the notification-service could not bring an urgent offer. */
@Component
class ReachabilityConsumer implements IntegrationEventConsumer {

    static final String NAME = "coordinator-reachability";

    private final Inbox inbox;
    private final UnreachableOrganisations unreachable;

    ReachabilityConsumer(Inbox inbox, UnreachableOrganisations unreachable) {
        this.inbox = inbox;
        this.unreachable = unreachable;
    }

    @Override
    public String name() {
        return NAME;
    }

    @KafkaListener(topics = Topics.NOTIFICATION_REACHABILITY, groupId = GROUP_PREFIX + NAME)
    void receive(ConsumerRecord<String, String> record) {
        inbox.receive(this, record);
    }

    @Override
    public void on(CloudEvent event) {
        Object data = IntegrationEvents.dataOf(event);
        if (data instanceof OrganisationUnreachable e) {
            unreachable.unreachable(e.organisationId(), e.caseReference(), e.since());
        } else if (data instanceof OrganisationReachable e) {
            unreachable.reachable(e.organisationId());
        }
    }
}
