package nl.samenspel.network.supporter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a renewed (or first) professional registration. */
public record RenewRegistrationCommand(@TargetAggregateIdentifier String supporterId,
                                       ProfessionalRegistration registration) {
}
