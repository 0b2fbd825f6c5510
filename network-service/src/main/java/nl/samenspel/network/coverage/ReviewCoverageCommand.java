package nl.samenspel.network.coverage;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * The gaps a municipality has now, as computed from the coverage matrix; the aggregate opens and closes the
 * difference, so repeating a review changes nothing.
 */
public record ReviewCoverageCommand(@TargetAggregateIdentifier String municipalityCode, Set<CoverageGap> gaps) {
}
