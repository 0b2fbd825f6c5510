package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A handover was requested; the current owner stays responsible until it is accepted. Revision 2: the warm summary
 * is sealed under the resident's data key.
 */
@Revision("2")
public record HandoverRequestedEvent(
        String caseReference,
        String handoverId,
        String fromOrganisationId,
        String fromSupporterId,
        SupportKind fromSupportKind,
        String toOrganisationId,
        String toSupporterId,
        HandoverReason reason,
        SealedText summary,
        boolean coSupport,
        Instant deadline,
        Instant requestedAt) {
}
