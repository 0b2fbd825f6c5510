package nl.samenspel.network.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An organisation applies to join the network.
 *
 * @param organisationId  the new organisation's id
 * @param profile         what it declares about itself
 * @param decidesOnAccess its independence declaration: whether it decides on access to provisions in the
 *                        municipalities it serves (then it cannot be a client-support member)
 */
public record ApplyToJoinCommand(@TargetAggregateIdentifier String organisationId, OrganisationProfile profile,
                                 boolean decidesOnAccess) {
}
