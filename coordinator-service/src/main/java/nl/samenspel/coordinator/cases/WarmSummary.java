package nl.samenspel.coordinator.cases;

/**
 * The short structured summary of a warm handover, so the resident need not tell their story again. It stays in
 * this service and is fetched through the API by the receiving organisation, never put on Kafka.
 *
 * @param questionSoFar  the question so far
 * @param agreementsMade agreements made with the resident
 * @param nextSteps      what should happen next
 */
public record WarmSummary(String questionSoFar, String agreementsMade, String nextSteps) {

    /** What is left of a summary once the resident's data key is erased. */
    public static final WarmSummary ERASED = new WarmSummary("[erased]", "[erased]", "[erased]");
}
