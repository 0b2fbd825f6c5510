package nl.samenspel.coordinator.cases;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A case was opened. */
@Revision("1")
public record CaseOpenedEvent(
        String caseReference,
        String residentPseudonym,
        String municipalityCode,
        String districtCode,
        List<String> lifeDomains,
        List<String> targetGroups,
        Phase phase,
        String language,
        Urgency urgency,
        Set<ComplexityFlag> complexityFlags,
        LocalDate legalDeadline,
        List<String> careProviders,
        String accessDecisionPendingIn,
        Preferences preferences,
        Role openedBy,
        String openedByOrganisationId,
        Instant openedAt) {
}
