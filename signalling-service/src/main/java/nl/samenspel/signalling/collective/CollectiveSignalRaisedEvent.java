package nl.samenspel.signalling.collective;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A collective signal was raised; the municipality must acknowledge and answer it before the given moments.
 *
 * @param residentsConcerned how many residents its signals concern together, as filed (0 for one raised from a fact)
 * @param descriptions       its signals' descriptions that passed the personal-data check; empty in events stored
 *                           before they were recorded
 */
@Revision("1")
public record CollectiveSignalRaisedEvent(String collectiveSignalId, String municipalityCode, String categoryCode,
                                          CollectiveSignalOrigin origin, String summary, Set<String> signalIds,
                                          Set<String> organisationIds, Set<String> lifeDomains,
                                          Set<String> targetGroups, Instant raisedAt, Instant acknowledgeBy,
                                          Instant answerBy, int residentsConcerned, List<String> descriptions) {

    public CollectiveSignalRaisedEvent {
        descriptions = descriptions == null ? List.of() : List.copyOf(descriptions);
    }
}
