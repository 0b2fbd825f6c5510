package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.CaseloadSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The current state of every case (table {@code case_details}). A subscribing processor, so a command's caller
 * reads its own write: dispatch checks eligibility against it right after opening.
 */
@Component
@ProcessingGroup("case-details")
class CaseDetailsProjection implements CaseloadSource {

    /**
     * One row per place a supporter has taken. An offer waiting for an answer holds its place, so that a supporter
     * with one free place cannot be offered two cases at once; so does a case shared next to a formal supporter.
     */
    private static final String PLACES_TAKEN = "select owner_supporter_id as supporter_id from case_details where "
            + CaseDetails.OPEN + " and case_reference <> ?"
            + " union all select offered_supporter_id from case_details where state = 'OFFERED'"
            + " and offered_supporter_id is not null and case_reference <> ?"
            + " union all select co_supporter_id from case_details where " + CaseDetails.OPEN
            + " and co_supporter_id is not null and case_reference <> ?";

    private final JdbcTemplate jdbc;
    private final CaseDetails details;

    CaseDetailsProjection(JdbcTemplate jdbc, CaseDetails details) {
        this.jdbc = jdbc;
        this.details = details;
    }

    @EventHandler
    void on(CaseOpenedEvent e) {
        jdbc.update("""
                insert into case_details (case_reference, resident_pseudonym, municipality_code, district_code, life_domains,
                    target_groups, phase, language, urgency, complexity_flags, legal_deadline, care_providers,
                    access_decision_pending_in, preferred_supporter_id, preferred_organisation_id, preferred_kind, state, opened_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPENED', ?)""",
                e.caseReference(), e.residentPseudonym(), e.municipalityCode(), e.districtCode(), join(e.lifeDomains()),
                join(e.targetGroups()), e.phase().name(), e.language(), e.urgency().name(), join(e.complexityFlags()),
                e.legalDeadline(), entries(e.careProviders()), e.accessDecisionPendingIn(), e.preferences().supporterId(),
                e.preferences().organisationId(), name(e.preferences().supportKind()), ts(e.openedAt()));
    }

    @EventHandler
    void on(CaseDispatchedEvent e) {
        set(e.caseReference(), "state = 'OFFERED', offered_organisation_id = ?, offered_supporter_id = ?, offer_deadline = ?",
                e.organisationId(), e.supporterId(), ts(e.deadline()));
    }

    @EventHandler
    void on(CaseAcceptedEvent e) {
        set(e.caseReference(), "state = 'ACCEPTED', overdue = false, offered_organisation_id = null, offered_supporter_id = null,"
                        + " offer_deadline = null, offer_withdrawn_from = null, owner_organisation_id = ?, owner_supporter_id = ?,"
                        + " owner_kind = ?",
                e.organisationId(), e.supporterId(), e.supportKind().name());
    }

    @EventHandler
    void on(OfferDeclinedEvent e) {
        set(e.caseReference(), "state = 'OPENED', offered_organisation_id = null, offered_supporter_id = null, offer_deadline = null");
    }

    @EventHandler
    void on(OfferWithdrawnEvent e) {
        set(e.caseReference(), "state = 'OPENED', offered_organisation_id = null, offered_supporter_id = null,"
                + " offer_deadline = null, offer_withdrawn_from = ?", e.organisationId());
    }

    @EventHandler
    void on(OfferExpiredEvent e) {
        set(e.caseReference(), "state = 'OPENED', overdue = true, offered_organisation_id = null, offered_supporter_id = null,"
                + " offer_deadline = null");
    }

    @EventHandler
    void on(HoursLoggedEvent e) {
        set(e.caseReference(), "state = case when state = 'ACCEPTED' then 'IN_PROGRESS' else state end, total_minutes = ?",
                e.totalMinutes());
    }

    @EventHandler
    void on(ComplexityFlagRaisedEvent e) {
        set(e.caseReference(), "complexity_flags = case when complexity_flags = '' then ? else complexity_flags || ',' || ? end,"
                + " legal_deadline = coalesce(?, legal_deadline)", e.flag().name(), e.flag().name(), e.legalDeadline());
    }

    @EventHandler
    void on(CaseEscalatedEvent e) {
        set(e.caseReference(), "awaiting_formal = true");
    }

    @EventHandler
    void on(HandoverRequestedEvent e) {
        set(e.caseReference(), "state = 'HANDOVER_PENDING', handover_id = ?, handover_to_organisation_id = ?,"
                + " handover_reason = ?, handover_deadline = ?", e.handoverId(), e.toOrganisationId(), e.reason().name(),
                ts(e.deadline()));
        if (e.summary() != null) {
            jdbc.update("""
                    insert into handover_summary (handover_id, case_reference, to_organisation_id, key_id, sealed)
                    values (?, ?, ?, ?, ?) on conflict (handover_id) do nothing""",
                    e.handoverId(), e.caseReference(), e.toOrganisationId(), e.summary().keyId(), e.summary().ciphertext());
        }
    }

    @EventHandler
    void on(ConsentRecordedEvent e) {
        jdbc.update("insert into case_consent (case_reference, organisation_id) values (?, ?) on conflict do nothing",
                e.caseReference(), e.organisationId());
    }

    @EventHandler
    void on(ConsentWithdrawnEvent e) {
        jdbc.update("delete from case_consent where case_reference = ? and organisation_id = ?",
                e.caseReference(), e.organisationId());
    }

    @EventHandler
    void on(HandoverAcceptedEvent e) {
        set(e.caseReference(), "state = 'IN_PROGRESS', owner_organisation_id = ?, owner_supporter_id = ?, owner_kind = ?,"
                        + " co_supporter_id = ?, awaiting_formal = case when ? = 'FORMAL' then false else awaiting_formal end,"
                        + " handover_id = null, handover_to_organisation_id = null, handover_reason = null, handover_deadline = null",
                e.toOrganisationId(), e.toSupporterId(), e.toSupportKind().name(), e.coSupport() ? e.fromSupporterId() : null,
                e.toSupportKind().name());
    }

    @EventHandler
    void on(HandoverDeclinedEvent e) {
        handoverEnded(e.caseReference());
    }

    @EventHandler
    void on(HandoverExpiredEvent e) {
        handoverEnded(e.caseReference());
    }

    @EventHandler
    void on(CaseClosedEvent e) {
        set(e.caseReference(), "state = 'CLOSED', outcome = ?, closed_at = ?, last_supporter_id = owner_supporter_id,"
                        + " owner_organisation_id = null, owner_supporter_id = null, owner_kind = null, co_supporter_id = null,"
                        + " awaiting_formal = false, overdue = false, offered_organisation_id = null, offer_deadline = null",
                e.outcome().name(), ts(e.closedAt()));
    }

    @EventHandler
    void on(CaseReopenedEvent e) {
        set(e.caseReference(), "state = 'OPENED', outcome = null, closed_at = null");
    }

    @QueryHandler
    public Optional<CaseView> handle(FindCaseQuery query) {
        return details.find(query.caseReference());
    }

    @QueryHandler
    public Optional<StoredSummaryView> handle(FindHandoverSummaryQuery query) {
        return jdbc.query("""
                select s.*, d.resident_pseudonym, exists (select 1 from case_consent c where c.case_reference = s.case_reference
                    and c.organisation_id = s.to_organisation_id) as consent_held
                from handover_summary s join case_details d on d.case_reference = s.case_reference
                where s.handover_id = ?""",
                (rs, n) -> new StoredSummaryView(rs.getString("handover_id"), rs.getString("case_reference"),
                        rs.getString("resident_pseudonym"), rs.getString("to_organisation_id"), rs.getBoolean("consent_held"),
                        new SealedText(rs.getString("key_id"), rs.getString("sealed"))),
                query.handoverId()).stream().findFirst();
    }

    @Override
    public Map<String, Integer> placesTakenBySupporter(String caseReference) {
        Map<String, Integer> taken = new HashMap<>();
        jdbc.query("select supporter_id, count(*) from (" + PLACES_TAKEN + ") places group by supporter_id",
                rs -> {
                    taken.put(rs.getString(1), rs.getInt(2));
                }, caseReference, caseReference, caseReference);
        return taken;
    }

    @Override
    public int placesTakenBy(String supporterId, String caseReference) {
        return jdbc.queryForObject("select count(*) from (" + PLACES_TAKEN + ") places where supporter_id = ?",
                Integer.class, caseReference, caseReference, caseReference, supporterId);
    }

    @Override
    public Set<String> previousSupportersOf(String residentPseudonym) {
        return new HashSet<>(jdbc.queryForList("""
                select coalesce(owner_supporter_id, last_supporter_id) from case_details
                where resident_pseudonym = ? and coalesce(owner_supporter_id, last_supporter_id) is not null""",
                String.class, residentPseudonym));
    }

    private void handoverEnded(String caseReference) {
        set(caseReference, "state = 'IN_PROGRESS', handover_id = null, handover_to_organisation_id = null,"
                + " handover_reason = null, handover_deadline = null");
    }

    private void set(String caseReference, String assignments, Object... args) {
        Object[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = caseReference;
        jdbc.update("update case_details set " + assignments + " where case_reference = ?", all);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String join(Collection<?> values) {
        return values == null ? "" : values.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    /** One array element per entry: names may hold commas. */
    private static String[] entries(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

}
