package nl.samenspel.coordinator.cases;

/** The sealed warm-handover summary, for the organisation the handover is addressed to. */
public record FindHandoverSummaryQuery(String handoverId, String organisationId) {
}
