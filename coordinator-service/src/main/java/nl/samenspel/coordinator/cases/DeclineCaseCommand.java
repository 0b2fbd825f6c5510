package nl.samenspel.coordinator.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The addressed organisation declines an offered case. */
public record DeclineCaseCommand(
        @TargetAggregateIdentifier String caseReference,
        DeclineReason reason,
        Actor actor) {
}
