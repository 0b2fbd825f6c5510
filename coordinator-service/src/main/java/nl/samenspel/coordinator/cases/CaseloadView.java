package nl.samenspel.coordinator.cases;

/** How many open cases a supporter owns, and their organisation in total. */
public record CaseloadView(String organisationId, String supporterId, int supporterOpenCases, int organisationOpenCases) {
}
