package nl.samenspel.console.api;

import java.util.List;

/** The ranked candidates of a case and, when the API reports them, the supporters left out with their reasons. */
public record Candidates(List<Candidate> ranked, List<ExcludedSupporter> excluded) {
}
