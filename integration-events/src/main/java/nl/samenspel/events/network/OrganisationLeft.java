package nl.samenspel.events.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An organisation is no longer part of the network, by its own choice or removed by the coordinator. It held no
 * open cases when it left. None of its supporters may take a case any more; this fact is final.
 *
 * @param organisationId the organisation's id; the Kafka key
 * @param departure      {@code LEFT} (the organisation's own choice) or {@code REMOVED} (by the coordinator)
 * @param reason         why, as written by whoever ended the membership; absent if none was given
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationLeft(
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("departure") String departure,
        @JsonProperty("reason") String reason) {
}
