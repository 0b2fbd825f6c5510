package nl.samenspel.kit.testservice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordTallyCommand(@TargetAggregateIdentifier String tallyId, int amount) {
}
