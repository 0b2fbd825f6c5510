package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** A complexity flag was raised. */
@Revision("1")
public record ComplexityFlagRaisedEvent(
        String caseReference,
        ComplexityFlag flag,
        LocalDate legalDeadline,
        Instant raisedAt) {
}
