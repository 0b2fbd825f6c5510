package nl.samenspel.signalling.signal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The municipality closed the collective signal this signal is part of. */
public record CloseSignalCommand(@TargetAggregateIdentifier String signalId, String collectiveSignalId) {
}
