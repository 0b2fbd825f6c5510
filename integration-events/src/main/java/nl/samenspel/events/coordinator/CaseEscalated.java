package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * Escalation (<i>opschalen</i>): the case needs a formal supporter. It waits for one; the informal supporter may stay involved next to them.
 * Topic {@code coordinator.case-lifecycle.v1}, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param trigger {@code MANUAL} (the supporter or coordinator asked), {@code COMPLEXITY_FLAG} (a complexity flag was raised), {@code HOURS_LIMIT} (logged hours passed the limit for the target group) or {@code NO_PROGRESS} (no progress for the configured number of weeks)
 * @param complexityFlag for trigger {@code COMPLEXITY_FLAG}: the flag that was raised (codes as in {@link CaseOpened#complexityFlags()}); absent otherwise
 * @param escalatedAt when the escalation was decided
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseEscalated(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("trigger") String trigger,
        @JsonProperty("complexityFlag") String complexityFlag,
        @JsonProperty("escalatedAt") Instant escalatedAt) {
}
