package nl.samenspel.coordinator.matching;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Ranks and checks supporters for a case on the current snapshot of the network and this service's caseload. */
@Component
public class Matcher {

    private final NetworkDirectory directory;
    private final CaseloadSource caseload;

    public Matcher(NetworkDirectory directory, CaseloadSource caseload) {
        this.directory = directory;
        this.caseload = caseload;
    }

    /** The best {@code limit} candidates, and every supporter left out with the reasons. */
    public CandidateList candidates(String caseReference, CaseProfile c, int limit) {
        return Ranking.candidates(directory.snapshot(), caseload.placesTakenBySupporter(caseReference), c, limit);
    }

    /**
     * The supporter's card if they may take the case.
     *
     * @throws SupporterNotEligibleException with every reason otherwise
     */
    public SupporterCard requireEligible(String caseReference, CaseProfile c, String supporterId) {
        NetworkSnapshot network = directory.snapshot();
        Map<String, Integer> placesTaken = Map.of(supporterId, caseload.placesTakenBy(supporterId, caseReference));
        List<String> reasons = Ranking.ineligibility(network, placesTaken, c, supporterId);
        if (!reasons.isEmpty()) {
            throw new SupporterNotEligibleException(supporterId, reasons);
        }
        return network.supporter(supporterId);
    }

    /** Whether the organisation is a member that may receive cases now. */
    public boolean admitted(String organisationId) {
        OrganisationCard organisation = directory.snapshot().organisation(organisationId);
        return organisation != null && organisation.status() == OrganisationStatus.ADMITTED;
    }
}
