package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * Nobody accepted an offered case before its deadline: it went back to the coordinator's queue, flagged overdue.
 * Topic {@code coordinator.case-lifecycle.v1}, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param organisationId the organisation that did not answer in time
 * @param acceptanceDeadline the deadline that passed
 * @param overdueAt when the case went back to the queue
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseAcceptanceOverdue(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("acceptanceDeadline") Instant acceptanceDeadline,
        @JsonProperty("overdueAt") Instant overdueAt) {
}
