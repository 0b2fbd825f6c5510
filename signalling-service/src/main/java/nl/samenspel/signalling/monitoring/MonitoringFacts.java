package nl.samenspel.signalling.monitoring;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The monitoring read model, written from other services' facts (the consumers in {@code integration} translate
 * the contract into these calls). Every write is idempotent, so a redelivered fact changes nothing. Facts about
 * municipalities outside the network are not stored: a municipality's monitoring holds only its own residents.
 */
@Component
public class MonitoringFacts {

    /** Kinds of counted facts in {@code monitoring_fact}. */
    public static final String CLOSED = "CLOSED";
    public static final String ESCALATED = "ESCALATED";
    public static final String DEESCALATED = "DEESCALATED";
    public static final String HANDED_OVER = "HANDED_OVER";
    public static final String ACCEPTANCE_OVERDUE = "ACCEPTANCE_OVERDUE";
    public static final String HOURS = "HOURS";

    private final JdbcTemplate jdbc;

    MonitoringFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param residentPseudonym the resident's opaque pseudonym, to count residents apart from issues; may be {@code null} */
    public void caseOpened(String caseReference, String municipality, String phase, Collection<String> lifeDomains,
                           Collection<String> targetGroups, String residentPseudonym, Instant openedAt) {
        jdbc.update("""
                insert into monitoring_case (case_reference, municipality_code, phase, opened_at, resident_pseudonym)
                values (?, ?, ?, ?, ?) on conflict (case_reference) do nothing""", caseReference, municipality, phase,
                Timestamp.from(openedAt), residentPseudonym);
        lifeDomains.forEach(code -> dimension(caseReference, "LIFE_DOMAIN", code));
        targetGroups.forEach(code -> dimension(caseReference, "TARGET_GROUP", code));
    }

    /** The first acceptance counts: it ends the acceptance time and fixes the kind of support. */
    public void caseAccepted(String caseReference, String supportKind, Instant acceptedAt) {
        jdbc.update("""
                update monitoring_case set accepted_at = ?, support_kind = ?
                where case_reference = ? and accepted_at is null""", Timestamp.from(acceptedAt), supportKind, caseReference);
    }

    /** The case was offered to a supporter of this kind ({@code null} when no supporter was named). */
    public void caseDispatched(String caseReference, String supportKind) {
        jdbc.update("update monitoring_case set offered_kind = ? where case_reference = ?", supportKind, caseReference);
    }

    /** The kind of supporter the case was last offered to, if known. */
    public String offeredKind(String caseReference) {
        return jdbc.query("select offered_kind from monitoring_case where case_reference = ?",
                (rs, row) -> rs.getString(1), caseReference).stream().filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    /**
     * A counted fact about a case.
     *
     * @param kind     one of the constants of this class
     * @param category e.g. the outcome of a closing or the reason of a handover; may be {@code null}
     * @param amount   e.g. throughput days of a closing or minutes logged; may be {@code null}
     */
    public void caseFact(String eventId, String caseReference, String municipality, String kind, String category,
                         String supportKind, Double amount, Instant occurredAt) {
        jdbc.update("""
                insert into monitoring_fact (event_id, case_reference, municipality_code, kind, category, support_kind,
                    amount, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
                eventId, caseReference, municipality, kind, category, supportKind, amount, Timestamp.from(occurredAt));
    }

    public void experienceRecorded(String eventId, String municipality, Integer helpful, Integer canCarryOn,
                                   Integer ownChoices, Integer sameSupporterAgain, Integer wouldRecommend,
                                   Instant recordedAt) {
        jdbc.update("""
                insert into monitoring_experience (event_id, municipality_code, helpful, can_carry_on, own_choices,
                    same_supporter_again, would_recommend, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (event_id) do nothing""", eventId, municipality, helpful, canCarryOn, ownChoices,
                sameSupporterAgain, wouldRecommend, Timestamp.from(recordedAt));
    }

    /** The supporter's current kind and municipalities, replacing what was known. */
    public void supporterServes(String supporterId, String kind, Collection<String> municipalities) {
        supporterLeft(supporterId);
        municipalities.forEach(municipality -> jdbc.update("""
                insert into monitoring_supporter (supporter_id, municipality_code, kind) values (?, ?, ?)
                on conflict do nothing""", supporterId, municipality, kind));
    }

    public void supporterLeft(String supporterId) {
        jdbc.update("delete from monitoring_supporter where supporter_id = ?", supporterId);
    }

    public void coverageGapOpened(String municipality, String targetGroup, String lifeDomain, String supportKind,
                                  Instant openedAt) {
        jdbc.update("""
                insert into monitoring_coverage_gap (municipality_code, target_group, life_domain, support_kind, opened_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""", municipality, targetGroup, lifeDomain, supportKind,
                Timestamp.from(openedAt));
    }

    public void coverageGapClosed(String municipality, String targetGroup, String lifeDomain, String supportKind) {
        jdbc.update("""
                delete from monitoring_coverage_gap
                where municipality_code = ? and target_group = ? and life_domain = ? and support_kind = ?""",
                municipality, targetGroup, lifeDomain, supportKind);
    }

    /** How many facts of this kind, with one of these support kinds (any when empty), the municipality had since. */
    public int countSince(String municipality, String kind, Collection<String> supportKinds, Instant since) {
        List<Object> arguments = new ArrayList<>(List.of(municipality, kind, Timestamp.from(since)));
        arguments.addAll(supportKinds);
        String ofKinds = supportKinds.isEmpty() ? ""
                : " and support_kind in (" + String.join(", ", Collections.nCopies(supportKinds.size(), "?")) + ")";
        Integer count = jdbc.queryForObject("select count(*) from monitoring_fact where municipality_code = ? "
                + "and kind = ? and occurred_at >= ?" + ofKinds, Integer.class, arguments.toArray());
        return count == null ? 0 : count;
    }

    /**
     * Assigns to {@code month}'s report the municipality's facts not in a published report yet that happened in
     * that month, or in an earlier month whose report was already published (they arrived late). Runs in the
     * publication's transaction, so a fact arriving meanwhile goes to the next month's report, never to two.
     */
    void assignToReport(String municipality, Period month) {
        jdbc.update("insert into monitoring_published_month (municipality_code, month) values (?, ?) on conflict do nothing",
                municipality, month.toString());
        assign("monitoring_case", "opened_reported_in", "opened_at", municipality, month);
        assign("monitoring_case", "accepted_reported_in", "accepted_at", municipality, month);
        assign("monitoring_fact", "reported_in", "occurred_at", municipality, month);
        assign("monitoring_experience", "reported_in", "recorded_at", municipality, month);
    }

    private void assign(String table, String reportedIn, String occurredAt, String municipality, Period month) {
        jdbc.update("update " + table + " set " + reportedIn + " = ? where municipality_code = ? and " + reportedIn
                + " is null and " + occurredAt + " < ? and (" + occurredAt + " >= ? or to_char(" + occurredAt
                + " at time zone 'Europe/Amsterdam', 'YYYY-MM') in (select month from monitoring_published_month "
                + "where municipality_code = ?))", month.toString(), municipality, Timestamp.from(month.until()),
                Timestamp.from(month.from()), municipality);
    }

    private void dimension(String caseReference, String dimension, String code) {
        jdbc.update("insert into monitoring_case_dimension (case_reference, dimension, code) values (?, ?, ?) "
                + "on conflict do nothing", caseReference, dimension, code);
    }
}
