package nl.samenspel.events.signalling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The municipality answered a collective signal: what it thinks of the bottleneck and what it plans to do.
 * This closes the feedback loop: published on {@code signalling.feedback.v1} so that supporters see what became
 * of their signals; the subject is the collective signal id.
 *
 * @param collectiveSignalId the collective signal
 * @param municipalityCode   CBS code of the answering municipality
 * @param categoryCode       the signal category's code
 * @param answer             the municipality's answer (checked for personal data before it was stored)
 * @param plannedMeasure     the measure the municipality plans (maatregel); absent when none is planned
 * @param plannedDate        by when the measure is planned to take effect; absent when none is planned
 * @param answeredAt         when the municipality answered
 * @param late               {@code true} when the answer came after the answer deadline
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectiveSignalAnswered(
        @JsonProperty("collectiveSignalId") String collectiveSignalId,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("categoryCode") String categoryCode,
        @JsonProperty("answer") String answer,
        @JsonProperty("plannedMeasure") String plannedMeasure,
        @JsonProperty("plannedDate") LocalDate plannedDate,
        @JsonProperty("answeredAt") Instant answeredAt,
        @JsonProperty("late") boolean late) {
}
