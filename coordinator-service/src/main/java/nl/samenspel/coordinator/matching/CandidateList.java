package nl.samenspel.coordinator.matching;

import java.util.List;

/**
 * The answer of {@code GET /cases/{ref}/candidates}: the best eligible supporters, ranked and explained, and every other
 * supporter of the network with the reasons they are left out, so the coordinator sees why someone is missing.
 */
public record CandidateList(List<RankedSupporter> candidates, List<ExcludedSupporter> excluded) {
}
