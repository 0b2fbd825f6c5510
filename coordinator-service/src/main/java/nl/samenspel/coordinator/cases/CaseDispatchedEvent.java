package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A case was offered to an organisation (continuity: to the previous supporter after reopening). */
@Revision("1")
public record CaseDispatchedEvent(
        String caseReference,
        String offerId,
        String organisationId,
        String supporterId,
        SupportKind supportKind,
        Instant deadline,
        boolean continuity,
        Instant dispatchedAt) {
}
