package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The case needs a formal supporter (opschalen); it waits for a handover to one. */
@Revision("1")
public record CaseEscalatedEvent(
        String caseReference,
        String organisationId,
        EscalationTrigger trigger,
        ComplexityFlag flag,
        Instant escalatedAt) {
}
