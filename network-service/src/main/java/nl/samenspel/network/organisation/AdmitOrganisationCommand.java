package nl.samenspel.network.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator admits an applicant to the network. */
public record AdmitOrganisationCommand(@TargetAggregateIdentifier String organisationId) {
}
