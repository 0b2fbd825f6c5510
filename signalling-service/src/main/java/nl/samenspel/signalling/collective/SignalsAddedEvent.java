package nl.samenspel.signalling.collective;

import org.axonframework.serialization.Revision;

import java.util.Set;

/** Signals of a merged collective signal joined this one. */
@Revision("1")
public record SignalsAddedEvent(String collectiveSignalId, Set<String> signalIds, Set<String> organisationIds) {
}
