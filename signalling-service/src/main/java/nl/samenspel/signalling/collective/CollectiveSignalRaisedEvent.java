package nl.samenspel.signalling.collective;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/** A collective signal was raised; the municipality must acknowledge and answer it before the given moments. */
@Revision("1")
public record CollectiveSignalRaisedEvent(String collectiveSignalId, String municipalityCode, String categoryCode,
                                          CollectiveSignalOrigin origin, String summary, Set<String> signalIds,
                                          Set<String> organisationIds, Set<String> lifeDomains,
                                          Set<String> targetGroups, Instant raisedAt, Instant acknowledgeBy,
                                          Instant answerBy) {
}
