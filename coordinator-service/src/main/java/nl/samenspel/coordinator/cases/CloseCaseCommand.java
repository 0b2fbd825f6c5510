package nl.samenspel.coordinator.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a case with its outcome. */
record CloseCaseCommand(
        @TargetAggregateIdentifier String caseReference,
        Outcome outcome,
        Actor actor) {
}
