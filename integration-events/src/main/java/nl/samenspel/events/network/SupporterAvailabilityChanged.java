package nl.samenspel.events.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A supporter became available, planned leave, or became inactive: {@link #availability()} replaces the previous one.
 *
 * @param supporterId    the supporter's id; the Kafka key
 * @param organisationId the organisation the supporter works for or volunteers with
 * @param availability   the new availability
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupporterAvailabilityChanged(
        @JsonProperty("supporterId") String supporterId,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("availability") Availability availability) {
}
