package nl.samenspel.coordinator.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator withdraws the case's unanswered offer, so the case returns to the queue before the deadline. */
public record WithdrawOfferCommand(
        @TargetAggregateIdentifier String caseReference,
        WithdrawalReason reason,
        Actor actor) {
}
