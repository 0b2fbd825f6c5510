package nl.samenspel.network.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records how many open cases the coordinator-service counts for this organisation. */
public record RecordOrganisationCaseloadCommand(@TargetAggregateIdentifier String organisationId, int openCases) {
}
