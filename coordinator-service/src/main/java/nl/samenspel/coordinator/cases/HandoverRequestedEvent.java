package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A handover was requested; the current owner stays responsible until it is accepted. */
@Revision("1")
public record HandoverRequestedEvent(
        String caseReference,
        String handoverId,
        String fromOrganisationId,
        String fromSupporterId,
        SupportKind fromSupportKind,
        String toOrganisationId,
        String toSupporterId,
        HandoverReason reason,
        WarmSummary summary,
        boolean coSupport,
        Instant deadline,
        Instant requestedAt) {
}
