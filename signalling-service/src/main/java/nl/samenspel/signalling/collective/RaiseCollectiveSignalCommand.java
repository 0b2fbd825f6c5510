package nl.samenspel.signalling.collective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Set;

/**
 * Raises a collective signal for a municipality: by the bundling rule, by the coordinator, or from another
 * service's facts.
 *
 * @param signalIds       the individual signals it bundles; empty when raised from a fact
 * @param organisationIds    the organisations that filed those signals
 * @param residentsConcerned how many residents those signals concern together (0 when raised from a fact)
 * @param descriptions       those signals' descriptions, in the organisations' words
 */
public record RaiseCollectiveSignalCommand(@TargetAggregateIdentifier String collectiveSignalId,
                                           String municipalityCode, String categoryCode,
                                           CollectiveSignalOrigin origin, String summary, Set<String> signalIds,
                                           Set<String> organisationIds, Set<String> lifeDomains,
                                           Set<String> targetGroups, int residentsConcerned,
                                           List<String> descriptions) {
}
