package nl.samenspel.network.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator turns an application down, with a reason. */
public record RejectOrganisationCommand(@TargetAggregateIdentifier String organisationId, String reason) {
}
