package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Offers a case to an organisation, and to one of its supporters if named; eligibility was checked by matching. */
public record DispatchCaseCommand(
        @TargetAggregateIdentifier String caseReference,
        String organisationId,
        String supporterId,
        SupportKind supportKind,
        Actor actor) {
}
