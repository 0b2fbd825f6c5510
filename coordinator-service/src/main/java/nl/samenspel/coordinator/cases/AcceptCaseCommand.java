package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The addressed organisation accepts an offered case for one of its (eligible) supporters. */
public record AcceptCaseCommand(
        @TargetAggregateIdentifier String caseReference,
        String supporterId,
        SupportKind supportKind,
        Actor actor) {
}
