package nl.samenspel.signalling.signal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The signal became part of a collective signal (raised, or merged into another one). */
public record BundleSignalCommand(@TargetAggregateIdentifier String signalId, String collectiveSignalId) {
}
