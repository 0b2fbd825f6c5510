package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Nobody accepted an offer in time; the case is back in the queue, flagged overdue. */
@Revision("1")
public record OfferExpiredEvent(
        String caseReference,
        String offerId,
        String organisationId,
        Instant deadline,
        Instant expiredAt) {
}
