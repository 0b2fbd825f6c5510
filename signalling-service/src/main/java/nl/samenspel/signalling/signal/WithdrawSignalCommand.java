package nl.samenspel.signalling.signal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The filing organisation takes back a signal that is not part of a collective signal yet. */
public record WithdrawSignalCommand(@TargetAggregateIdentifier String signalId) {
}
