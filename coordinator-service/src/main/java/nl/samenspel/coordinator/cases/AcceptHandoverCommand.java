package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving organisation takes a case over for one of its (eligible) supporters. */
public record AcceptHandoverCommand(
        @TargetAggregateIdentifier String caseReference,
        String handoverId,
        String supporterId,
        SupportKind supportKind,
        Actor actor) {
}
