package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The receiving supporter owns the case now; with co-support the previous one stays involved. */
@Revision("1")
public record HandoverAcceptedEvent(
        String caseReference,
        String handoverId,
        String fromOrganisationId,
        String fromSupporterId,
        SupportKind fromSupportKind,
        String toOrganisationId,
        String toSupporterId,
        SupportKind toSupportKind,
        HandoverReason reason,
        boolean warm,
        boolean coSupport,
        Instant acceptedAt) {
}
