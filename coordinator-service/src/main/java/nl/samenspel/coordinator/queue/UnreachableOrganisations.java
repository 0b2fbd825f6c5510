package nl.samenspel.coordinator.queue;

import nl.samenspel.coordinator.cases.CaseAcceptedEvent;
import nl.samenspel.coordinator.cases.OfferDeclinedEvent;
import nl.samenspel.coordinator.cases.OfferExpiredEvent;
import nl.samenspel.coordinator.cases.OfferWithdrawnEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The organisations the notification-service reported unreachable, per offer it could not bring them: the work queue
 * shows them on those offers until the organisation is reported reachable again, or the offer ends. The end of an
 * offer is handled with the case rows (processing group {@code case-details}), in the command's transaction.
 */
@Component
@ProcessingGroup("case-details")
public class UnreachableOrganisations {

    private final JdbcTemplate jdbc;

    UnreachableOrganisations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The organisation has not been reachable for this offer since {@code since}; a repeat changes nothing, and
     * neither does a report that comes after the offer was answered, withdrawn or expired.
     */
    public void unreachable(String organisationId, String caseReference, Instant since) {
        jdbc.update("""
                insert into unreachable_offer (organisation_id, case_reference, since)
                select ?, ?, ? where exists (select 1 from case_details
                  where case_reference = ? and state = 'OFFERED' and offered_organisation_id = ?)
                on conflict (organisation_id, case_reference) do nothing""",
                organisationId, caseReference, Timestamp.from(since), caseReference, organisationId);
    }

    /** The organisation took a delivery again: none of its offers shows it unreachable any more. */
    public void reachable(String organisationId) {
        jdbc.update("delete from unreachable_offer where organisation_id = ?", organisationId);
    }

    @EventHandler
    void on(CaseAcceptedEvent e) {
        offerEnded(e.caseReference());
    }

    @EventHandler
    void on(OfferDeclinedEvent e) {
        offerEnded(e.caseReference());
    }

    @EventHandler
    void on(OfferWithdrawnEvent e) {
        offerEnded(e.caseReference());
    }

    @EventHandler
    void on(OfferExpiredEvent e) {
        offerEnded(e.caseReference());
    }

    /** An answered, withdrawn or expired offer is no longer in the queue; a later offer of the case starts afresh. */
    private void offerEnded(String caseReference) {
        jdbc.update("delete from unreachable_offer where case_reference = ?", caseReference);
    }

    /** Since when each offer's organisation is unreachable, by {@link #key(String, String)}. */
    Map<String, Instant> sinceByOffer() {
        Map<String, Instant> since = new HashMap<>();
        jdbc.query("select organisation_id, case_reference, since from unreachable_offer", rs -> {
            since.put(key(rs.getString(1), rs.getString(2)), rs.getTimestamp(3).toInstant());
        });
        return since;
    }

    static String key(String organisationId, String caseReference) {
        return organisationId + "/" + caseReference;
    }
}
