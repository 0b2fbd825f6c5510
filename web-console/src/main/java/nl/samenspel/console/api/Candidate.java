package nl.samenspel.console.api;

import java.util.List;

/** A ranked candidate supporter for a case, with every component of the score explained. */
public record Candidate(String supporterId, String organisationId, String kind, double score,
                        List<ScoreComponent> explanation) {
}
