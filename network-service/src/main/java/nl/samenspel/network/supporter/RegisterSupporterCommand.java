package nl.samenspel.network.supporter;

import nl.samenspel.network.vocabulary.SupporterKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a supporter under an admitted organisation.
 *
 * @param registration required for a formal supporter, optional otherwise
 */
public record RegisterSupporterCommand(@TargetAggregateIdentifier String supporterId, String organisationId,
                                       String displayName, SupporterKind kind, SupporterProfile profile,
                                       ProfessionalRegistration registration) {
}
