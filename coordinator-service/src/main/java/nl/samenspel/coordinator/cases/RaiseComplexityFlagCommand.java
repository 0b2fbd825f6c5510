package nl.samenspel.coordinator.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Raises a complexity flag; objections and complaints carry their legal deadline date. */
record RaiseComplexityFlagCommand(
        @TargetAggregateIdentifier String caseReference,
        ComplexityFlag flag,
        LocalDate legalDeadline,
        Actor actor) {
}
