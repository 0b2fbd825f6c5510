package nl.samenspel.coordinator.queue;

/** Open cases per organisation and supporter. */
public record FindCaseloadQuery() {
}
