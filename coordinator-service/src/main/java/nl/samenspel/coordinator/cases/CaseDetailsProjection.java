package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.CaseloadSource;
import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
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
public class CaseDetailsProjection implements CaseloadSource {

    /** A case with the organisations the resident consented to share a summary with. */
    private static final String SELECT_CASES = "select case_details.*, (select string_agg(c.organisation_id, ',' order by"
            + " c.organisation_id) from case_consent c where c.case_reference = case_details.case_reference) as consents"
            + " from case_details";
    private static final String OPEN = "state in ('ACCEPTED', 'IN_PROGRESS', 'HANDOVER_PENDING')";

    private final JdbcTemplate jdbc;

    public CaseDetailsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.query(SELECT_CASES + " where case_reference = ?", this::view, query.caseReference())
                .stream().findFirst();
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
        return jdbc.query(SELECT_CASES + " where " + where, this::view);
    }

    @QueryHandler
    public List<CaseView> handle(FindAddressedCasesQuery query) {
        String where = switch (query.addressed()) {
            case INBOX -> "(state = 'OFFERED' and offered_organisation_id = ?) or (state = 'HANDOVER_PENDING' and"
                    + " handover_to_organisation_id = ?) order by coalesce(offer_deadline, handover_deadline), case_reference";
            case OWNED -> OPEN + " and owner_organisation_id = ? order by opened_at, case_reference";
            case SUPPORTER -> "(" + OPEN + " and (owner_supporter_id = ? or co_supporter_id = ?)) or (state = 'CLOSED' and"
                    + " last_supporter_id = ?) order by state = 'CLOSED', opened_at, case_reference";
        };
        Object[] ids = new Object[(int) where.chars().filter(c -> c == '?').count()];
        Arrays.fill(ids, query.partyId());
        return jdbc.query(SELECT_CASES + " where " + where, this::view, ids);
    }

    @QueryHandler
    public List<CaseloadView> handle(FindCaseloadQuery query) {
        return jdbc.query("""
                select owner_organisation_id, owner_supporter_id, count(*) as supporter_cases,
                       sum(count(*)) over (partition by owner_organisation_id) as organisation_cases
                from case_details where %s group by owner_organisation_id, owner_supporter_id
                order by owner_organisation_id, owner_supporter_id""".formatted(OPEN),
                (rs, n) -> new CaseloadView(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
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

    /** Open cases of one supporter and of their organisation. */
    public CaseloadView caseloadOf(String organisationId, String supporterId) {
        Integer supporterCases = jdbc.queryForObject("select count(*) from case_details where " + OPEN
                + " and owner_supporter_id = ?", Integer.class, supporterId);
        Integer organisationCases = jdbc.queryForObject("select count(*) from case_details where " + OPEN
                + " and owner_organisation_id = ?", Integer.class, organisationId);
        return new CaseloadView(organisationId, supporterId, supporterCases, organisationCases);
    }

    @Override
    public Map<String, Integer> openCasesBySupporter() {
        Map<String, Integer> open = new HashMap<>();
        jdbc.query("select owner_supporter_id, count(*) from case_details where " + OPEN + " group by owner_supporter_id",
                rs -> {
                    open.put(rs.getString(1), rs.getInt(2));
                });
        return open;
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

    private CaseView view(ResultSet rs, int row) throws SQLException {
        return new CaseView(rs.getString("case_reference"), rs.getString("resident_pseudonym"),
                rs.getString("municipality_code"), rs.getString("district_code"), split(rs.getString("life_domains")),
                split(rs.getString("target_groups")), Phase.valueOf(rs.getString("phase")), rs.getString("language"),
                Urgency.valueOf(rs.getString("urgency")),
                split(rs.getString("complexity_flags")).stream().map(ComplexityFlag::valueOf).toList(),
                rs.getObject("legal_deadline", java.time.LocalDate.class), entries(rs.getArray("care_providers")),
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

    private static List<String> entries(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split(","));
    }

}
