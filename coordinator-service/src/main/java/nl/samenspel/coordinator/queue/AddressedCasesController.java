package nl.samenspel.coordinator.queue;

import nl.samenspel.coordinator.cases.CaseView;
import nl.samenspel.coordinator.queue.FindAddressedCasesQuery.Addressed;
import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The lists an organisation and a supporter work from. Whose list it is comes from the token alone, so a caller can
 * never ask for another party's cases.
 */
@RestController
public class AddressedCasesController {

    private final QueryGateway queries;

    public AddressedCasesController(QueryGateway queries) {
        this.queries = queries;
    }

    /** The offers and handovers waiting for the caller's organisation's answer, soonest deadline first. */
    @PreAuthorize(Access.ORGANISATION)
    @GetMapping("/inbox")
    public List<CaseView> inbox(Caller caller) {
        return cases(Addressed.INBOX, caller.organisationId());
    }

    /** The open cases the caller's organisation carries. */
    @PreAuthorize(Access.ORGANISATION)
    @GetMapping("/organisation-cases")
    public List<CaseView> organisationCases(Caller caller) {
        return cases(Addressed.OWNED, caller.organisationId());
    }

    /** The caller's own cases as a supporter: open ones first, then those they closed last. */
    @PreAuthorize(Access.SUPPORTER)
    @GetMapping("/my-cases")
    public List<CaseView> myCases(Caller caller) {
        return cases(Addressed.SUPPORTER, caller.supporterId());
    }

    private List<CaseView> cases(Addressed addressed, String partyId) {
        return queries.query(new FindAddressedCasesQuery(addressed, partyId),
                ResponseTypes.multipleInstancesOf(CaseView.class)).join();
    }
}
