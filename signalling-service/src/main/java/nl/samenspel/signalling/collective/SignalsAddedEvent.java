package nl.samenspel.signalling.collective;

import org.axonframework.serialization.Revision;

import java.util.Set;

/**
 * Signals of a merged collective signal joined this one.
 *
 * @param signalCount       how many signals it bundles now
 * @param organisationCount how many organisations filed them
 */
@Revision("1")
public record SignalsAddedEvent(String collectiveSignalId, Set<String> signalIds, Set<String> organisationIds,
                                int signalCount, int organisationCount) {
}
