package nl.samenspel.coordinator.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A supporter logs time spent on a case. */
record LogHoursCommand(
        @TargetAggregateIdentifier String caseReference,
        int minutes,
        LocalDate workedOn,
        Actor actor) {
}
