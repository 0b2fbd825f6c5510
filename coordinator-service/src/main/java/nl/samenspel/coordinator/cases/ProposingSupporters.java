package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.CandidateList;
import nl.samenspel.kit.security.Caller;
import org.springframework.stereotype.Service;

/** Matching for the coordinator: the eligible supporters of a case, ranked and explained, and those excluded. */
@Service
class ProposingSupporters {

    private final EntitledCases cases;
    private final CaseMatching matching;

    ProposingSupporters(EntitledCases cases, CaseMatching matching) {
        this.cases = cases;
        this.matching = matching;
    }

    CandidateList candidates(String reference, int limit, Caller caller) {
        return matching.candidates(cases.find(reference, caller, CaseAccess.COORDINATOR), limit);
    }
}
