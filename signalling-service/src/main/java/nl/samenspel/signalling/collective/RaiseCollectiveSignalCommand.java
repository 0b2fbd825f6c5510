package nl.samenspel.signalling.collective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * Raises a collective signal for a municipality: by the bundling rule, by the coordinator, or from another
 * service's facts.
 *
 * @param signalIds       the individual signals it bundles; empty when raised from a fact
 * @param organisationIds the organisations that filed those signals
 */
public record RaiseCollectiveSignalCommand(@TargetAggregateIdentifier String collectiveSignalId,
                                           String municipalityCode, String categoryCode,
                                           CollectiveSignalOrigin origin, String summary, Set<String> signalIds,
                                           Set<String> organisationIds, Set<String> lifeDomains,
                                           Set<String> targetGroups) {
}
