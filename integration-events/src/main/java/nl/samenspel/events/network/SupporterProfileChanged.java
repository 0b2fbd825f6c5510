package nl.samenspel.events.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A supporter's profile changed: {@link #profile()} is the complete new profile and replaces the previous one.
 * Availability, a lapsed registration and deactivation are separate facts and are not changed by this one.
 *
 * @param supporterId    the supporter's id; the Kafka key
 * @param organisationId the organisation the supporter works for or volunteers with
 * @param profile        the complete new profile
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupporterProfileChanged(
        @JsonProperty("supporterId") String supporterId,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("profile") SupporterProfile profile) {
}
