package nl.samenspel.coordinator.cases;

/**
 * A warm-handover summary as the receiving organisation fetches it.
 *
 * @param erased true when the resident's data was erased; the summary then reads {@code [erased]}
 */
public record HandoverSummaryView(String handoverId, String caseReference, WarmSummary summary, boolean erased) {
}
