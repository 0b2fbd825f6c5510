package nl.samenspel.coordinator.cases;

/** One case by its reference. */
record FindCaseQuery(String caseReference) {
}
