package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A supporter logged time spent on a case (a contact, preparation, travel).
 * Topic {@code coordinator.case-lifecycle.v1}, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param organisationId the organisation of the supporter who logged it
 * @param supportKind kind of that supporter: {@code FORMAL}, {@code INFORMAL} or {@code EXPERIENCE_EXPERT}
 * @param minutes the time logged now, in minutes (more than 0)
 * @param totalMinutes all time logged on the case so far, in minutes
 * @param workedOn the day the work was done
 * @param loggedAt when it was logged
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HoursLogged(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("supportKind") String supportKind,
        @JsonProperty("minutes") int minutes,
        @JsonProperty("totalMinutes") int totalMinutes,
        @JsonProperty("workedOn") LocalDate workedOn,
        @JsonProperty("loggedAt") Instant loggedAt) {
}
