package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** Time spent on a case was logged. */
@Revision("1")
public record HoursLoggedEvent(
        String caseReference,
        String organisationId,
        String supporterId,
        SupportKind supportKind,
        int minutes,
        int totalMinutes,
        LocalDate workedOn,
        Instant loggedAt) {
}
