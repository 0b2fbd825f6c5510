package nl.samenspel.coordinator.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An informal supporter or the coordinator asks for formal support (opschalen). */
record EscalateCaseCommand(
        @TargetAggregateIdentifier String caseReference,
        Actor actor) {
}
