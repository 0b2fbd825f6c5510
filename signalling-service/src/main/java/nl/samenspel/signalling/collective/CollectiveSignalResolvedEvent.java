package nl.samenspel.signalling.collective;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A collective signal raised from a fact closed because the fact ended; its deadlines no longer apply. */
@Revision("1")
public record CollectiveSignalResolvedEvent(String collectiveSignalId, String municipalityCode,
                                            CollectiveSignalOrigin origin, Instant resolvedAt) {
}
