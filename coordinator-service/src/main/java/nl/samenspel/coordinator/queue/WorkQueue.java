package nl.samenspel.coordinator.queue;

import nl.samenspel.coordinator.cases.CaseDetails;
import nl.samenspel.coordinator.cases.CaseView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * The work queue's sections, each party's own list and the caseload, read from the current state of the cases (the
 * same rows a case is read from, so a list never disagrees with the case it shows).
 */
@Component
class WorkQueue {

    private final CaseDetails details;
    private final JdbcTemplate jdbc;

    WorkQueue(CaseDetails details, JdbcTemplate jdbc) {
        this.details = details;
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<CaseView> handle(FindCasesQuery query) {
        String where = switch (query.section()) {
            case NEW -> "state = 'OPENED' and not overdue order by opened_at";
            case OFFERS_AWAITING_ACCEPTANCE -> "state = 'OFFERED' order by offer_deadline";
            case OVERDUE -> "state = 'OPENED' and overdue order by opened_at";
            case ESCALATIONS_WAITING_FOR_FORMAL -> "awaiting_formal and state <> 'CLOSED' order by opened_at";
            case HANDOVERS_PENDING -> "state = 'HANDOVER_PENDING' order by handover_deadline";
        };
        return details.where(where);
    }

    @QueryHandler
    public List<CaseView> handle(FindAddressedCasesQuery query) {
        String where = switch (query.addressed()) {
            case INBOX -> "(state = 'OFFERED' and offered_organisation_id = ?) or (state = 'HANDOVER_PENDING' and"
                    + " handover_to_organisation_id = ?) order by coalesce(offer_deadline, handover_deadline), case_reference";
            case OWNED -> CaseDetails.OPEN + " and owner_organisation_id = ? order by opened_at, case_reference";
            case SUPPORTER -> "(" + CaseDetails.OPEN + " and (owner_supporter_id = ? or co_supporter_id = ?)) or (state = 'CLOSED' and"
                    + " last_supporter_id = ?) order by state = 'CLOSED', opened_at, case_reference";
        };
        Object[] ids = new Object[(int) where.chars().filter(c -> c == '?').count()];
        Arrays.fill(ids, query.partyId());
        return details.where(where, ids);
    }

    @QueryHandler
    public List<CaseloadView> handle(FindCaseloadQuery query) {
        return jdbc.query("""
                select owner_organisation_id, owner_supporter_id, count(*) as supporter_cases,
                       sum(count(*)) over (partition by owner_organisation_id) as organisation_cases
                from case_details where %s group by owner_organisation_id, owner_supporter_id
                order by owner_organisation_id, owner_supporter_id""".formatted(CaseDetails.OPEN),
                (rs, n) -> new CaseloadView(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
    }
}
