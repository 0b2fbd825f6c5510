package nl.samenspel.network.supporter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a supporter out of the network for good; only once their cases are handed over. */
public record DeactivateSupporterCommand(@TargetAggregateIdentifier String supporterId) {
}
