package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An escalated case went back to informal support: applied when the receiving side accepts the de-escalation handover. */
@Revision("1")
public record CaseDeescalatedEvent(
        String caseReference,
        String handoverId,
        Instant deescalatedAt) {
}
