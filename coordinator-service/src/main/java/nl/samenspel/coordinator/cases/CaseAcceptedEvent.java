package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An offered case was accepted; the supporter owns it now. */
@Revision("1")
public record CaseAcceptedEvent(
        String caseReference,
        String offerId,
        String organisationId,
        String supporterId,
        SupportKind supportKind,
        Instant acceptedAt) {
}
