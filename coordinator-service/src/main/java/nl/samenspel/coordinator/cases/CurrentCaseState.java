package nl.samenspel.coordinator.cases;

/** What a refused caller needs to know about the case now. */
public record CurrentCaseState(String caseReference, CaseState state, String organisationId, String supporterId) {
}
