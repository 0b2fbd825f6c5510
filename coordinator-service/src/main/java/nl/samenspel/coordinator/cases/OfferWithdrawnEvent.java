package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The coordinator withdrew an unanswered offer; its acceptance deadline is cancelled and the case is back in the queue. */
@Revision("1")
public record OfferWithdrawnEvent(
        String caseReference,
        String offerId,
        String organisationId,
        String supporterId,
        WithdrawalReason reason,
        Instant withdrawnAt) {
}
