package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The resident withdrew their consent to share a summary with this organisation; it may no longer read one. */
@Revision("1")
public record ConsentWithdrawnEvent(
        String caseReference,
        String organisationId,
        Instant withdrawnAt) {
}
