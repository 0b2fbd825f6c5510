package nl.samenspel.coordinator.cases;

/** Open cases per organisation and supporter. */
public record FindCaseloadQuery() {
}
