package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The receiving organisation did not answer in time; the case stays with the requester. */
@Revision("1")
public record HandoverExpiredEvent(
        String caseReference,
        String handoverId,
        String fromOrganisationId,
        String toOrganisationId,
        HandoverReason reason,
        Instant deadline,
        Instant expiredAt) {
}
