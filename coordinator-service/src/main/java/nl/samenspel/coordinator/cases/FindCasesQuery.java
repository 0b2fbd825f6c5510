package nl.samenspel.coordinator.cases;

/** The cases in one section of the coordinator's work queue. */
public record FindCasesQuery(QueueSection section) {
}
