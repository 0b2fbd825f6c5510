package nl.samenspel.coordinator.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopens a closed case; it is offered to the same supporter first. */
record ReopenCaseCommand(
        @TargetAggregateIdentifier String caseReference,
        Actor actor) {
}
