package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * An organisation accepted a case offered to it; a supporter of that organisation now owns it.
 * Topic {@code coordinator.case-lifecycle.v1}, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param supportKind kind of the supporter who took it: {@code FORMAL}, {@code INFORMAL} or {@code EXPERIENCE_EXPERT}
 * @param organisationId the accepting organisation
 * @param acceptedAt when it was accepted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseAccepted(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("supportKind") String supportKind,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("acceptedAt") Instant acceptedAt) {
}
