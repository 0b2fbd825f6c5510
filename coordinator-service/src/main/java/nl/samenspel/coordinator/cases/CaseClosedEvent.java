package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A case was closed. */
@Revision("1")
public record CaseClosedEvent(
        String caseReference,
        Outcome outcome,
        String organisationId,
        String supporterId,
        SupportKind supportKind,
        int totalMinutes,
        Instant openedAt,
        Instant closedAt) {
}
