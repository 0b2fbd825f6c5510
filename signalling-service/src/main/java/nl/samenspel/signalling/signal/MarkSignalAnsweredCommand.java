package nl.samenspel.signalling.signal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The municipality answered the collective signal this signal is part of. */
public record MarkSignalAnsweredCommand(@TargetAggregateIdentifier String signalId, String collectiveSignalId) {
}
