package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.EventType;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.notification.NotificationEvents;
import nl.samenspel.events.notification.OrganisationReachable;
import nl.samenspel.events.notification.OrganisationUnreachable;
import nl.samenspel.local.test.Await;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static nl.samenspel.coordinator.Callers.coordinator;
import static nl.samenspel.coordinator.Callers.organisation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification-service's reachability facts, read from Kafka once per CloudEvents id, mark the organisation on
 * its offers in the coordinator's work queue until it is reachable again or the offer ends.
 */
class UnreachableOrganisationIT extends AgainstTheNetwork {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void anOfferWhoseOrganisationIsUnreachableIsMarkedInTheQueueUntilItIsReachableAgain() {
        String offered = flow.offeredCase(pseudonym(), flow.informal);
        String other = flow.offeredCase(pseudonym(), flow.informal);
        Instant since = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        CloudEvent unreachable = fact(NotificationEvents.ORGANISATION_UNREACHABLE,
                new OrganisationUnreachable(flow.volunteers, offered, since));

        NetworkSeed.send(Topics.NOTIFICATION_REACHABILITY, unreachable);
        Await.until(WAIT, "the offer marked", () -> unreachableSince(offered) != null);

        assertThat(Instant.parse(unreachableSince(offered))).isEqualTo(since);
        assertThat(unreachableSince(other)).as("another offer of the same organisation").isNull();

        NetworkSeed.send(Topics.NOTIFICATION_REACHABILITY, fact(NotificationEvents.ORGANISATION_REACHABLE,
                new OrganisationReachable(flow.volunteers, Instant.now())));
        Await.until(WAIT, "the mark gone", () -> unreachableSince(offered) == null);

        // The same record again, then a new one about the other offer: once that is read, the repeat was too.
        NetworkSeed.send(Topics.NOTIFICATION_REACHABILITY, unreachable);
        NetworkSeed.send(Topics.NOTIFICATION_REACHABILITY, fact(NotificationEvents.ORGANISATION_UNREACHABLE,
                new OrganisationUnreachable(flow.volunteers, other, since)));
        Await.until(WAIT, "the other offer marked", () -> unreachableSince(other) != null);

        assertThat(unreachableSince(offered)).as("a repeated record changes nothing").isNull();

        CaseFlow.ok(flow.send(HttpMethod.POST, "/cases/" + other + "/accept", Map.of("supporterId", flow.informal),
                organisation(flow.volunteers)));
        assertThat(jdbc.queryForObject("select count(*) from unreachable_offer where case_reference = ?", Integer.class,
                other)).as("an accepted offer leaves the mark behind").isZero();
    }

    private <T> CloudEvent fact(EventType<T> type, T data) {
        return IntegrationEvents.envelope(type, UUID.randomUUID().toString(), Topics.sourceOf("notification-service"),
                flow.volunteers, Instant.now(), null, data);
    }

    /** The offer's {@code organisationUnreachableSince} in the work queue, or null when it has none. */
    private String unreachableSince(String reference) {
        for (JsonNode offer : flow.send(HttpMethod.GET, "/queue/offers", null, coordinator()).getBody()) {
            if (offer.path("caseReference").asText().equals(reference)) {
                JsonNode since = offer.path("organisationUnreachableSince");
                return since.isMissingNode() || since.isNull() ? null : since.asText();
            }
        }
        throw new AssertionError("offer " + reference + " not in the queue");
    }

    private static String pseudonym() {
        return "R-UO-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
