package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The resident consented to share a summary with this organisation. */
@Revision("1")
public record ConsentRecordedEvent(
        String caseReference,
        String organisationId,
        Instant recordedAt) {
}
