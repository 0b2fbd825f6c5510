package nl.samenspel.signalling.collective;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/** The municipality closed an answered collective signal. */
@Revision("1")
public record CollectiveSignalClosedEvent(String collectiveSignalId, String municipalityCode, Set<String> signalIds,
                                          Instant closedAt) {
}
