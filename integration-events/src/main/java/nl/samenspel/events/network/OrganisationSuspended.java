package nl.samenspel.events.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The network coordinator suspended an organisation: none of its supporters may take a new case until it is
 * reinstated. Cases already open stay with them.
 *
 * @param organisationId the organisation's id; the Kafka key
 * @param reason         why, as the coordinator wrote it (about the organisation, never about a resident)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationSuspended(
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("reason") String reason) {
}
