package nl.samenspel.network.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator lifts a suspension. */
public record ReinstateOrganisationCommand(@TargetAggregateIdentifier String organisationId) {
}
