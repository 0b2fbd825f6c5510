package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A case was closed with an outcome.
 * Topic {@code coordinator.case-lifecycle.v1}, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param outcome {@code RESOLVED}, {@code REFERRED_TO_PROVISION}, {@code HANDED_TO_WLZ}, {@code WITHDRAWN} or {@code UNREACHABLE}
 * @param supportKind kind of the supporter who closed it; absent when it was closed before anyone accepted it
 * @param totalMinutes all time logged on the case, in minutes
 * @param openedAt when the case was first opened
 * @param throughputDays calendar days from first opening to this closing
 * @param closedAt when it was closed; the period it counts in
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseClosed(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("outcome") String outcome,
        @JsonProperty("supportKind") String supportKind,
        @JsonProperty("totalMinutes") int totalMinutes,
        @JsonProperty("openedAt") Instant openedAt,
        @JsonProperty("throughputDays") int throughputDays,
        @JsonProperty("closedAt") Instant closedAt) {
}
