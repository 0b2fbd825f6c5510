package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The receiving organisation declined; the case stays with the requester. */
@Revision("1")
public record HandoverDeclinedEvent(
        String caseReference,
        String handoverId,
        String fromOrganisationId,
        String toOrganisationId,
        HandoverReason reason,
        DeclineReason declineReason,
        Instant declinedAt) {
}
