package nl.samenspel.network.supporter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records how many open cases the coordinator-service counts for this supporter. */
public record RecordSupporterCaseloadCommand(@TargetAggregateIdentifier String supporterId, int openCases) {
}
