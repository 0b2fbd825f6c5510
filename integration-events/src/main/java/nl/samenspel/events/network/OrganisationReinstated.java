package nl.samenspel.events.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The network coordinator lifted an organisation's suspension: its supporters may take cases again.
 *
 * @param organisationId the organisation's id; the Kafka key
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationReinstated(
        @JsonProperty("organisationId") String organisationId) {
}
