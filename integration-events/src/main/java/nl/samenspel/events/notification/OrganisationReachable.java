package nl.samenspel.events.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * An organisation reported {@link OrganisationUnreachable} took a webhook delivery again: every earlier report about
 * it no longer holds. Topic {@code notification.organisation-reachability.v1}, key: organisation id.
 *
 * @param organisationId the organisation; the Kafka key
 * @param since          when its receiver accepted a delivery again
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationReachable(
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("since") Instant since) {
}
