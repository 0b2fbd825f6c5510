package nl.samenspel.coordinator.queue;

/** Everything that happened to one case, in order. */
public record FindTimelineQuery(String caseReference) {
}
