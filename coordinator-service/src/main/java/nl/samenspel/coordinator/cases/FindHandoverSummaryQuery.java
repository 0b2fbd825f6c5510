package nl.samenspel.coordinator.cases;

/** A sealed warm-handover summary with its receiving organisation; who may read it is decided by the caller. */
public record FindHandoverSummaryQuery(String handoverId) {
}
