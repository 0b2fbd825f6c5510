package nl.samenspel.coordinator.matching;

import java.util.List;

/** An eligible supporter, its total score and the explanation of every component. */
public record RankedSupporter(String supporterId, String organisationId, SupportKind kind, double score,
                              List<ScoreComponent> explanation) {
}
