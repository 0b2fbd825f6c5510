package nl.samenspel.network.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The organisation ends its own membership; only without open cases. */
public record LeaveNetworkCommand(@TargetAggregateIdentifier String organisationId, String reason) {
}
