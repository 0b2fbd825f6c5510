package nl.samenspel.signalling.collective;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/** A collective signal was merged into another; its signals move there. */
@Revision("1")
public record CollectiveSignalMergedEvent(String collectiveSignalId, String intoId, String municipalityCode,
                                          Set<String> signalIds, Set<String> organisationIds, Instant mergedAt) {
}
