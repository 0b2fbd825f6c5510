package nl.samenspel.coordinator.cases;

/** The answer to a command: the case, and the handover it created if any. */
public record CommandResult(String caseReference, String handoverId) {
}
