package nl.samenspel.network.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator ends a membership; only without open cases. */
public record RemoveOrganisationCommand(@TargetAggregateIdentifier String organisationId, String reason) {
}
