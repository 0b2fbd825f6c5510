package nl.samenspel.signalling.collective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator merges an open collective signal into another open one about the same thing. */
public record MergeCollectiveSignalCommand(@TargetAggregateIdentifier String collectiveSignalId, String intoId) {
}
