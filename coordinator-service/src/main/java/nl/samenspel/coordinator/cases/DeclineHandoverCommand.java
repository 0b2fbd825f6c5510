package nl.samenspel.coordinator.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving organisation declines a handover. */
public record DeclineHandoverCommand(
        @TargetAggregateIdentifier String caseReference,
        String handoverId,
        DeclineReason reason,
        Actor actor) {
}
