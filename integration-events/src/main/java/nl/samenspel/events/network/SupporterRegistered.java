package nl.samenspel.events.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A supporter was registered under an admitted organisation and is part of the social map from now on.
 * A formal supporter's registration was valid at this moment.
 *
 * @param supporterId    the supporter's id in Samenspel (UUID, a pseudonym: names never leave the network-service);
 *                       the Kafka key
 * @param organisationId the organisation the supporter works for or volunteers with
 * @param profile        what the supporter offers and where
 * @param availability   whether the supporter can take cases
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupporterRegistered(
        @JsonProperty("supporterId") String supporterId,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("profile") SupporterProfile profile,
        @JsonProperty("availability") Availability availability) {
}
