package nl.samenspel.notification.integration.reachability;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.EventType;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.notification.NotificationEvents;
import nl.samenspel.events.notification.OrganisationReachable;
import nl.samenspel.events.notification.OrganisationUnreachable;
import nl.samenspel.kit.kafka.IntegrationEventPublisher;
import nl.samenspel.kit.kafka.TopicAdmin;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Publishes whether an organisation's webhook takes its urgent offers, keyed by the organisation so its facts stay in
 * order. Each fact's CloudEvents id is derived from what caused it, so sending it again after a crash is one fact to
 * its readers.
 */
@Component
public class ReachabilityFacts {

    private final IntegrationEventPublisher publisher;
    private final Clock clock;

    ReachabilityFacts(IntegrationEventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    @Bean
    static NewTopic reachabilityTopic(TopicAdmin topics) {
        return topics.topic(Topics.NOTIFICATION_REACHABILITY);
    }

    /** The offer (event {@code offerEventId}) made {@code since} did not reach the organisation's webhook in time. */
    public void unreachable(String organisationId, String caseReference, Instant since, String offerEventId) {
        send(NotificationEvents.ORGANISATION_UNREACHABLE, "unreachable:" + offerEventId, organisationId,
                new OrganisationUnreachable(organisationId, caseReference, since));
    }

    /** The organisation's webhook took event {@code deliveredEventId} at {@code since}. */
    public void reachable(String organisationId, Instant since, String deliveredEventId) {
        send(NotificationEvents.ORGANISATION_REACHABLE, "reachable:" + organisationId + ":" + deliveredEventId,
                organisationId, new OrganisationReachable(organisationId, since));
    }

    private <T> void send(EventType<T> type, String cause, String organisationId, T data) {
        String id = UUID.nameUUIDFromBytes(cause.getBytes(StandardCharsets.UTF_8)).toString();
        CloudEvent event = IntegrationEvents.envelope(type, id, Topics.sourceOf("notification-service"), organisationId,
                clock.instant(), null, data);
        publisher.send(Topics.NOTIFICATION_REACHABILITY, event);
    }
}
