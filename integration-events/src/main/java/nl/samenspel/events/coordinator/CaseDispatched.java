package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * The coordinator offered the case to an organisation (and possibly one of its supporters); it now waits for acceptance.
 * Topic {@code coordinator.case-lifecycle.v1}, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param organisationId the organisation the case is offered to
 * @param supporterId the supporter it is offered to; absent when the organisation assigns one itself
 * @param supportKind the offered supporter's kind: {@code FORMAL}, {@code INFORMAL} or {@code EXPERIENCE_EXPERT}; absent when no supporter is named
 * @param acceptanceDeadline when the offer expires if nobody accepts it
 * @param dispatchedAt when the case was offered
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseDispatched(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("supporterId") String supporterId,
        @JsonProperty("supportKind") String supportKind,
        @JsonProperty("acceptanceDeadline") Instant acceptanceDeadline,
        @JsonProperty("dispatchedAt") Instant dispatchedAt) {
}
