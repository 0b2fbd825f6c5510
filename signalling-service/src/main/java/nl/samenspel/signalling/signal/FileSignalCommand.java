package nl.samenspel.signalling.signal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * A supporter files a signal for their organisation.
 *
 * @param residentsConcerned how many residents the bottleneck concerns, as far as the supporter knows
 * @param caseReferences     anonymised case references (pseudonymous), optional
 */
public record FileSignalCommand(@TargetAggregateIdentifier String signalId, String organisationId,
                                String municipalityCode, String categoryCode, String lifeDomain, String targetGroup,
                                String description, int residentsConcerned, List<String> caseReferences) {
}
