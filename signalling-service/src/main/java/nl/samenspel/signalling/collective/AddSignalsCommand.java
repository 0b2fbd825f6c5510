package nl.samenspel.signalling.collective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Adds the signals of a merged collective signal to the one that carries on. */
public record AddSignalsCommand(@TargetAggregateIdentifier String collectiveSignalId, Set<String> signalIds,
                                Set<String> organisationIds) {
}
