package nl.samenspel.signalling.collective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The municipality confirms it received the collective signal. */
public record AcknowledgeCollectiveSignalCommand(@TargetAggregateIdentifier String collectiveSignalId,
                                                 String municipalityCode) {
}
