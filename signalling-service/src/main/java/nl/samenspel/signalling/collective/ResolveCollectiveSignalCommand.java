package nl.samenspel.signalling.collective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The fact a collective signal was raised from has ended (a coverage gap closed): the signal closes by itself, as
 * long as the network has not added signals of its own to it.
 */
public record ResolveCollectiveSignalCommand(@TargetAggregateIdentifier String collectiveSignalId) {
}
