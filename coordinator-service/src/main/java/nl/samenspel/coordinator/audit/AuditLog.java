package nl.samenspel.coordinator.audit;

import nl.samenspel.coordinator.cases.AccessAudit;
import nl.samenspel.kit.security.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The audit log (table {@code access_audit}): only inserts and reads. A database trigger refuses every update,
 * delete or truncate, so not even this service can change an entry.
 */
@Component
class AuditLog implements AccessAudit {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(Caller caller, String action, String residentPseudonym, String caseReference, String handoverId,
                       String reason) {
        jdbc.update("""
                insert into access_audit (recorded_at, actor_subject, actor_role, actor_organisation, actor_supporter, action,
                    resident_pseudonym, case_reference, handover_id, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), caller.subject(), caller.role().name(), caller.organisationId(),
                caller.supporterId(), action,
                residentPseudonym, caseReference, handoverId, reason);
    }

    List<AuditEntryView> find(FindAuditEntriesQuery query) {
        return jdbc.query("""
                select * from access_audit
                where (cast(? as varchar) is null or resident_pseudonym = ?)
                  and (cast(? as varchar) is null or ? in (actor_subject, actor_organisation, actor_supporter))
                  and recorded_at >= coalesce(?, '-infinity'::timestamptz) and recorded_at < coalesce(?, 'infinity'::timestamptz)
                order by recorded_at, id limit ?""",
                (rs, n) -> new AuditEntryView(rs.getLong("id"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("actor_subject"), rs.getString("actor_role"), rs.getString("actor_organisation"), rs.getString("actor_supporter"),
                        rs.getString("action"), rs.getString("resident_pseudonym"), rs.getString("case_reference"),
                        rs.getString("handover_id"), rs.getString("reason")),
                query.residentPseudonym(), query.residentPseudonym(), query.actor(), query.actor(), ts(query.from()), ts(query.to()), query.limit());
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
