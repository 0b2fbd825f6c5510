package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * The resident's experience of a closed case, on Putten's five statements, each scored 1 (disagree) to 5 (agree); an unanswered statement is absent. Improvement points are free text and stay in the coordinator-service.
 * Topic {@code coordinator.case-lifecycle.v1}, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param supportKind kind of the supporter who closed the case: {@code FORMAL}, {@code INFORMAL} or {@code EXPERIENCE_EXPERT}; absent if unknown
 * @param helpful "the support helped me"
 * @param canCarryOn "I can go on independently or with fitting help"
 * @param ownChoices "I could make my own choices"
 * @param sameSupporterAgain "I would contact the same supporter again"
 * @param wouldRecommend "I would recommend it to others"
 * @param recordedAt when the experience was recorded; the period it counts in
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExperienceRecorded(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("supportKind") String supportKind,
        @JsonProperty("helpful") Integer helpful,
        @JsonProperty("canCarryOn") Integer canCarryOn,
        @JsonProperty("ownChoices") Integer ownChoices,
        @JsonProperty("sameSupporterAgain") Integer sameSupporterAgain,
        @JsonProperty("wouldRecommend") Integer wouldRecommend,
        @JsonProperty("recordedAt") Instant recordedAt) {
}
