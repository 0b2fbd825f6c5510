package nl.samenspel.signalling.collective;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A deadline of the municipality passed without acknowledgement or answer. */
@Revision("1")
public record CollectiveSignalOverdueEvent(String collectiveSignalId, String municipalityCode, DeadlineKind deadline,
                                           Instant dueAt) {
}
