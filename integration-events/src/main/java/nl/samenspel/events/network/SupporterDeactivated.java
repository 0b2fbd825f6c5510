package nl.samenspel.events.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A supporter left the network for good; their cases were handed over first. This fact is final: a returning
 * supporter is registered again under a new id.
 *
 * @param supporterId    the supporter's id; the Kafka key
 * @param organisationId the organisation the supporter worked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupporterDeactivated(
        @JsonProperty("supporterId") String supporterId,
        @JsonProperty("organisationId") String organisationId) {
}
