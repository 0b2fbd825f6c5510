package nl.samenspel.coordinator.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks another organisation (and possibly one of its supporters) to take the case over; a summary travels only with consent. */
public record RequestHandoverCommand(
        @TargetAggregateIdentifier String caseReference,
        String handoverId,
        String toOrganisationId,
        String toSupporterId,
        HandoverReason reason,
        SealedText summary,
        boolean coSupport,
        Actor actor) {
}
