package nl.samenspel.coordinator.cases;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The short structured summary of a warm handover, so the resident need not tell their story again. It stays in
 * this service and is fetched through the API by the receiving organisation, never put on Kafka.
 *
 * @param questionSoFar  the question so far
 * @param agreementsMade agreements made with the resident
 * @param nextSteps      what should happen next
 */
public record WarmSummary(
        @Schema(example = "How to apply for household help after a hospital stay.") String questionSoFar,
        @Schema(example = "The supporter joins the kitchen-table talk with the access team.") String agreementsMade,
        @Schema(example = "Ask the access team for a date and prepare the questions together.") String nextSteps) {

    /** What is left of a summary once the resident's data key is erased. */
    public static final WarmSummary ERASED = new WarmSummary("[erased]", "[erased]", "[erased]");
}
