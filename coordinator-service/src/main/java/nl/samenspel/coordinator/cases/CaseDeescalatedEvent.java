package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An escalated case goes back to informal support, through a handover. */
@Revision("1")
public record CaseDeescalatedEvent(
        String caseReference,
        String handoverId,
        Instant deescalatedAt) {
}
