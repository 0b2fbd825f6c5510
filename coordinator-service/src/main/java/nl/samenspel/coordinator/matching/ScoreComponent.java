package nl.samenspel.coordinator.matching;

/** One part of a supporter's score, with the points it gave and why. */
public record ScoreComponent(String component, double points, String explanation) {
}
