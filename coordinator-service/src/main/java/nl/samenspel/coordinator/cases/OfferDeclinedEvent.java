package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An offer was declined; the case is back in the coordinator's queue. */
@Revision("1")
public record OfferDeclinedEvent(
        String caseReference,
        String offerId,
        String organisationId,
        DeclineReason reason,
        Instant declinedAt) {
}
