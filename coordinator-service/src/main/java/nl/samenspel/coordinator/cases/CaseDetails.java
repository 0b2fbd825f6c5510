package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the current state of cases from the table {@link CaseDetailsProjection} keeps: one case, or the cases on a
 * condition over its columns (the work queue's sections and lists).
 */
@Component
public class CaseDetails {

    /** A case with the organisations the resident consented to share a summary with. */
    private static final String SELECT_CASES = "select case_details.*, (select string_agg(c.organisation_id, ',' order by"
            + " c.organisation_id) from case_consent c where c.case_reference = case_details.case_reference) as consents"
            + " from case_details";
    public static final String OPEN = "state in ('ACCEPTED', 'IN_PROGRESS', 'HANDOVER_PENDING')";

    private final JdbcTemplate jdbc;

    CaseDetails(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseView> find(String caseReference) {
        return where("case_reference = ?", caseReference).stream().findFirst();
    }

    /** @param condition an SQL condition over {@code case_details}, optionally followed by its order */
    public List<CaseView> where(String condition, Object... args) {
        return jdbc.query(SELECT_CASES + " where " + condition, CaseDetails::view, args);
    }

    private static CaseView view(ResultSet rs, int row) throws SQLException {
        return new CaseView(rs.getString("case_reference"), rs.getString("resident_pseudonym"),
                rs.getString("municipality_code"), rs.getString("district_code"), split(rs.getString("life_domains")),
                split(rs.getString("target_groups")), Phase.valueOf(rs.getString("phase")), rs.getString("language"),
                Urgency.valueOf(rs.getString("urgency")),
                split(rs.getString("complexity_flags")).stream().map(ComplexityFlag::valueOf).toList(),
                rs.getObject("legal_deadline", LocalDate.class), entries(rs.getArray("care_providers")),
                rs.getString("access_decision_pending_in"), rs.getString("preferred_supporter_id"),
                rs.getString("preferred_organisation_id"), kind(rs.getString("preferred_kind")),
                CaseState.valueOf(rs.getString("state")), rs.getBoolean("overdue"), rs.getBoolean("awaiting_formal"),
                rs.getString("owner_organisation_id"), rs.getString("owner_supporter_id"), kind(rs.getString("owner_kind")),
                rs.getString("co_supporter_id"), rs.getString("offered_organisation_id"), rs.getString("offered_supporter_id"),
                instant(rs, "offer_deadline"), rs.getString("handover_id"), rs.getString("handover_to_organisation_id"),
                rs.getString("handover_reason") == null ? null : HandoverReason.valueOf(rs.getString("handover_reason")),
                instant(rs, "handover_deadline"), rs.getInt("total_minutes"), instant(rs, "opened_at"),
                instant(rs, "closed_at"), rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                rs.getString("last_supporter_id"), rs.getString("offer_withdrawn_from"), split(rs.getString("consents")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static SupportKind kind(String value) {
        return value == null ? null : SupportKind.valueOf(value);
    }

    private static List<String> entries(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split(","));
    }
}
