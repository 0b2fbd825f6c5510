package nl.samenspel.coordinator.cases;

/** Payload of the persistent deadline of one handover request. */
public record HandoverDeadline(String handoverId) {
    static final String NAME = "handover-answer";
}
