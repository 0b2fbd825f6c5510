package nl.samenspel.coordinator.queue;

/** The cases in one section of the coordinator's work queue. */
public record FindCasesQuery(QueueSection section) {
}
