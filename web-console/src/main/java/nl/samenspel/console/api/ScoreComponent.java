package nl.samenspel.console.api;

/** One part of a candidate's score, the points it gave and the matcher's reason. */
public record ScoreComponent(String component, double points, String explanation) {
}
