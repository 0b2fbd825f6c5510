package nl.samenspel.coordinator.integration;

import nl.samenspel.coordinator.cases.CaseOpenedEvent;
import nl.samenspel.coordinator.queue.CaseloadView;
import nl.samenspel.coordinator.cases.Urgency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The publisher's own state (table {@code published_case}), written only by {@link CoordinatorPublisher}'s handlers, so
 * in the publisher's transaction and at the publisher's position in the event stream. Records are built from the event
 * and this state, never from a read model that may be ahead or behind: publishing an event again, after an outage or a
 * reset, builds the same record.
 */
@Component
class PublishedCases {

    private final JdbcTemplate jdbc;

    PublishedCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void opened(CaseOpenedEvent e) {
        jdbc.update("""
                insert into published_case (case_reference, resident_pseudonym, municipality_code, life_domains, target_groups,
                    urgency, owner_organisation_id, owner_supporter_id, open)
                values (?, ?, ?, ?, ?, ?, null, null, false)
                on conflict (case_reference) do update set resident_pseudonym = excluded.resident_pseudonym,
                    municipality_code = excluded.municipality_code, life_domains = excluded.life_domains,
                    target_groups = excluded.target_groups, urgency = excluded.urgency, owner_organisation_id = null,
                    owner_supporter_id = null, open = false""",
                e.caseReference(), e.residentPseudonym(), e.municipalityCode(), join(e.lifeDomains()),
                join(e.targetGroups()), e.urgency().name());
    }

    /** The case is now in this supporter's hands (accepted, or handed over to them) and counts towards their caseload. */
    void ownedBy(String caseReference, String organisationId, String supporterId) {
        jdbc.update("update published_case set owner_organisation_id = ?, owner_supporter_id = ?, open = true"
                + " where case_reference = ?", organisationId, supporterId, caseReference);
    }

    void closed(String caseReference) {
        jdbc.update("update published_case set owner_organisation_id = null, owner_supporter_id = null, open = false"
                + " where case_reference = ?", caseReference);
    }

    /** Forgets everything, for a replay of the publisher from the first event. */
    void forget() {
        jdbc.update("delete from published_case");
    }

    /** @throws IllegalStateException when the publisher has not handled the case's opening */
    PublishedCase of(String caseReference) {
        return jdbc.query("select * from published_case where case_reference = ?", (rs, row) -> new PublishedCase(
                        rs.getString("case_reference"), rs.getString("resident_pseudonym"), rs.getString("municipality_code"),
                        split(rs.getString("life_domains")), split(rs.getString("target_groups")),
                        Urgency.valueOf(rs.getString("urgency"))), caseReference)
                .stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The publisher has not seen case " + caseReference + " opened"));
    }

    /** Open cases of one supporter and of their organisation, as of the event being published. */
    CaseloadView caseloadOf(String organisationId, String supporterId) {
        return jdbc.queryForObject("""
                select (select count(*) from published_case where open and owner_supporter_id = ?),
                       (select count(*) from published_case where open and owner_organisation_id = ?)""",
                (rs, row) -> new CaseloadView(organisationId, supporterId, rs.getInt(1), rs.getInt(2)),
                supporterId, organisationId);
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join(",", values);
    }

    private static List<String> split(String value) {
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }
}
