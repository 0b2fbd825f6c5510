package nl.samenspel.events.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * An organisation's webhook did not take a HIGH-urgency offer addressed to it within the time allowed (two hours):
 * every attempt failed or none succeeded yet, and the offer is still unanswered. The coordinator should reach the
 * organisation another way. Only organisations with an active webhook subscription that was to receive the offer
 * are judged; one that takes its events from Kafka, the feed or e-mail only is never reported.
 * Topic {@code notification.organisation-reachability.v1}, key: organisation id.
 *
 * @param organisationId the organisation the offer was addressed to; the Kafka key
 * @param caseReference  the case reference (UUID) of the offer that was not delivered, never derived from the resident
 * @param since          when the offer was made: the organisation has been unreachable for it since then
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationUnreachable(
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("since") Instant since) {
}
