package nl.samenspel.network.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator suspends a member: its supporters take no new cases. */
public record SuspendOrganisationCommand(@TargetAggregateIdentifier String organisationId, String reason) {
}
