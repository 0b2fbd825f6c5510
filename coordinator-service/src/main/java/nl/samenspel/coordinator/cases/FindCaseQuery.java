package nl.samenspel.coordinator.cases;

/** One case by its reference. */
public record FindCaseQuery(String caseReference) {
}
