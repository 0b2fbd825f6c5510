package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An offer was declined; the case is back in the coordinator's queue. Revision 2 renamed {@code reason} to
 * {@code declineReason}, the name the handover events use for the same thing (there {@code reason} is why the
 * handover was asked); {@link OfferDeclinedEventUpcaster} moves revision 1 forward.
 */
@Revision("2")
public record OfferDeclinedEvent(
        String caseReference,
        String offerId,
        String organisationId,
        DeclineReason declineReason,
        Instant declinedAt) {
}
