package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.CandidateList;
import nl.samenspel.coordinator.matching.CaseProfile;
import nl.samenspel.coordinator.matching.CaseloadSource;
import nl.samenspel.coordinator.matching.Matcher;
import nl.samenspel.coordinator.matching.SupporterCard;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/** A case as matching sees it: its profile, and the network's eligibility rules applied to it. */
@Component
public class CaseMatching {

    private final Matcher matcher;
    private final CaseloadSource caseload;
    private final CaseRules rules;
    private final Clock clock;

    CaseMatching(Matcher matcher, CaseloadSource caseload, CaseRules rules, Clock clock) {
        this.matcher = matcher;
        this.caseload = caseload;
        this.rules = rules;
        this.clock = clock;
    }

    /** The eligible supporters, best first (at most {@code limit}, between 1 and 100), and those excluded. */
    public CandidateList candidates(CaseView c, int limit) {
        return matcher.candidates(c.caseReference(), profile(c), Math.min(Math.max(limit, 1), 100));
    }

    /** @throws nl.samenspel.coordinator.matching.SupporterNotEligibleException with the reasons */
    public SupporterCard requireEligible(CaseView c, String supporterId) {
        return matcher.requireEligible(c.caseReference(), profile(c), supporterId);
    }

    /** An eligible supporter of the organisation that answers for the case. */
    public SupporterCard requireEligibleOf(CaseView c, String supporterId, String organisationId) {
        SupporterCard supporter = requireEligible(c, supporterId);
        if (!supporter.organisationId().equals(organisationId)) {
            throw new CaseRuleException("Supporter " + supporterId + " is not with organisation " + organisationId + ".");
        }
        return supporter;
    }

    public void requireAdmitted(String organisationId) {
        if (organisationId == null || !matcher.admitted(organisationId)) {
            throw new CaseRuleException("Organisation " + organisationId + " is not an admitted member of the network.");
        }
    }

    private CaseProfile profile(CaseView c) {
        Set<String> previous = new HashSet<>(caseload.previousSupportersOf(c.residentPseudonym()));
        boolean needsFormal = c.complexityFlags().stream().anyMatch(ComplexityFlag::needsFormalSupporter);
        boolean complaint = c.complexityFlags().contains(ComplexityFlag.COMPLAINT_DEADLINE);
        return new CaseProfile(c.municipalityCode(), c.districtCode(), Set.copyOf(c.lifeDomains()), Set.copyOf(c.targetGroups()),
                c.language(), Set.copyOf(c.careProviders()), c.accessDecisionPendingIn(), needsFormal,
                !c.complexityFlags().isEmpty(), complaint, c.preferredSupporterId(), c.preferredOrganisationId(), c.preferredKind(),
                previous, rules.today(clock.instant()));
    }
}
