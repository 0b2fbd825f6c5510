package nl.samenspel.kit.testservice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a tally before it expires: its expiry deadline is cancelled. */
public record CloseTallyCommand(@TargetAggregateIdentifier String tallyId) {
}
