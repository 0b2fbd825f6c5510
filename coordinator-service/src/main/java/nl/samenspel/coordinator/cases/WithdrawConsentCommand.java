package nl.samenspel.coordinator.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The resident withdraws their consent to share a summary with one organisation. */
public record WithdrawConsentCommand(
        @TargetAggregateIdentifier String caseReference,
        String organisationId,
        Actor actor) {
}
