package nl.samenspel.signalling.collective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The municipality considers an answered collective signal dealt with. */
public record CloseCollectiveSignalCommand(@TargetAggregateIdentifier String collectiveSignalId,
                                           String municipalityCode) {
}
