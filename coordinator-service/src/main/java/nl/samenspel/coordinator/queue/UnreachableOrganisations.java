package nl.samenspel.coordinator.queue;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The organisations the notification-service reported unreachable, per offer it could not bring them: the work queue
 * shows them on those offers until the organisation is reported reachable again.
 */
@Component
public class UnreachableOrganisations {

    private final JdbcTemplate jdbc;

    UnreachableOrganisations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation has not been reachable for this offer since {@code since}; a repeat changes nothing. */
    public void unreachable(String organisationId, String caseReference, Instant since) {
        jdbc.update("""
                insert into unreachable_offer (organisation_id, case_reference, since) values (?, ?, ?)
                on conflict (organisation_id, case_reference) do nothing""",
                organisationId, caseReference, Timestamp.from(since));
    }

    /** The organisation took a delivery again: none of its offers shows it unreachable any more. */
    public void reachable(String organisationId) {
        jdbc.update("delete from unreachable_offer where organisation_id = ?", organisationId);
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
