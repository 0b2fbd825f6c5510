package nl.samenspel.network.supporter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a supporter's profile; kind and registration stay as they are. */
public record ChangeSupporterProfileCommand(@TargetAggregateIdentifier String supporterId, SupporterProfile profile) {
}
