package nl.samenspel.coordinator.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Opens a case for a resident, known here only by a pseudonym. */
public record OpenCaseCommand(
        @TargetAggregateIdentifier String caseReference,
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
        Actor actor) {
}
