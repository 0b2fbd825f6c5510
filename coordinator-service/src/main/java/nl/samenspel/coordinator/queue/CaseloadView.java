package nl.samenspel.coordinator.queue;

/** How many open cases a supporter owns, and their organisation in total. */
public record CaseloadView(String organisationId, String supporterId, int supporterOpenCases, int organisationOpenCases) {
}
