package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A closed case was reopened; it is offered to the same supporter first (continuity).
 * Topic {@code coordinator.case-lifecycle.v1}, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param reopenedAt when it was reopened
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseReopened(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("reopenedAt") Instant reopenedAt) {
}
