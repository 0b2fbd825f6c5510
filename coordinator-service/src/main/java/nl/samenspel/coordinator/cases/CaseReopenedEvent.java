package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A closed case was reopened. */
@Revision("1")
public record CaseReopenedEvent(
        String caseReference,
        Instant reopenedAt) {
}
