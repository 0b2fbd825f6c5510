package nl.samenspel.coordinator.cases;

/** A warm-handover summary as the receiving organisation fetches it. */
public record HandoverSummaryView(String handoverId, String caseReference, WarmSummary summary) {
}
