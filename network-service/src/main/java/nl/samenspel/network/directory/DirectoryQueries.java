package nl.samenspel.network.directory;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Answers the directory's questions from its tables, and histories from the event store. */
@Component
public class DirectoryQueries {

    /** Whether a supporter can take a case on :today; the rule behind "available now". */
    private static final String CAN_TAKE_CASE = """
            (not s.deactivated and o.status = 'ADMITTED' and s.open_cases < s.capacity
             and not (s.kind = 'FORMAL' and s.registration_lapsed)
             and (s.availability = 'ACTIVE'
                  or (s.availability = 'ON_LEAVE' and not (:today between s.leave_from and s.leave_until))))""";
    private static final String SUPPORTER_COLUMNS = "s.*, o.name as organisation_name, " + CAN_TAKE_CASE + " as can_take_case";
    private static final String FROM = " from directory_supporter s join directory_organisation o on o.organisation_id = s.organisation_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final CoverageMatrix matrix;
    private final EventStore eventStore;
    private final Clock clock;

    DirectoryQueries(NamedParameterJdbcTemplate jdbc, CoverageMatrix matrix, EventStore eventStore, Clock clock) {
        this.jdbc = jdbc;
        this.matrix = matrix;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    public SupporterPage find(FindSupportersQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource("today", LocalDate.now(clock));
        List<String> where = new ArrayList<>(List.of("not s.deactivated", "o.status <> 'LEFT'"));
        if (query.municipality() != null) {
            where.add("s.municipalities @> array[cast(:municipality as text)]");
            params.addValue("municipality", query.municipality());
        }
        if (query.district() != null) {
            // District codes embed their municipality: WK + 4 municipality digits + 2.
            where.add("(s.districts @> array[cast(:district as text)] or (cardinality(s.districts) = 0 "
                    + "and s.municipalities @> array['GM' || substr(cast(:district as text), 3, 4)]))");
            params.addValue("district", query.district());
        }
        arrayFilter(where, params, "life_domains", "lifeDomain", query.lifeDomain() == null ? null : query.lifeDomain().name());
        arrayFilter(where, params, "target_groups", "targetGroup", query.targetGroup() == null ? null : query.targetGroup().name());
        arrayFilter(where, params, "languages", "language", query.language());
        if (query.kind() != null) {
            where.add("s.kind = :kind");
            params.addValue("kind", query.kind().name());
        }
        if (query.availableNow()) {
            where.add(CAN_TAKE_CASE);
        }
        params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        // One pass over the matches, keeping only their keys: the count and the page's keys come from it, and just
        // the page's rows are read in full. (Two queries filtered the table twice; count(*) over () kept every
        // matching row with all its columns until the sort.) The left join keeps the count when the page is empty.
        String sql = "with matches as (select s.supporter_id, s.registered_at" + FROM + " where " + String.join(" and ", where) + "),"
                + " page as (select supporter_id, registered_at from matches order by registered_at, supporter_id"
                + " limit :limit offset :offset)"
                + " select (select count(*) from matches) as total, " + SUPPORTER_COLUMNS
                + " from (select 1) one left join (page join directory_supporter s using (supporter_id)"
                + " join directory_organisation o on o.organisation_id = s.organisation_id) on true"
                + " order by page.registered_at, page.supporter_id";
        long[] total = {0};
        List<SupporterView> items = jdbc.query(sql, params, (rs, row) -> {
            total[0] = rs.getLong("total");
            return rs.getString("supporter_id") == null ? null : SUPPORTER.mapRow(rs, row);
        }).stream().filter(Objects::nonNull).toList();
        return new SupporterPage(items, query.page(), query.size(), total[0]);
    }

    public Optional<SupporterDetailView> supporter(String supporterId) {
        return jdbc.query("select " + SUPPORTER_COLUMNS + FROM + " where s.supporter_id = :id",
                        new MapSqlParameterSource("id", supporterId).addValue("today", LocalDate.now(clock)), SUPPORTER)
                .stream().findFirst().map(view -> new SupporterDetailView(view, history(supporterId)));
    }

    public List<OrganisationView> organisations() {
        return jdbc.query(ORGANISATION_SELECT + " order by o.name", ORGANISATION);
    }

    public Optional<OrganisationDetailView> organisation(String organisationId) {
        return jdbc.query(ORGANISATION_SELECT + " where o.organisation_id = :id",
                        new MapSqlParameterSource("id", organisationId), ORGANISATION)
                .stream().findFirst().map(view -> new OrganisationDetailView(view, history(organisationId)));
    }

    public List<CoverageCellView> coverage(String municipalityCode) {
        return matrix.of(municipalityCode);
    }

    private List<HistoryEntry> history(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream()
                .map(event -> new HistoryEntry(event.getSequenceNumber(),
                        event.getPayloadType().getSimpleName().replaceFirst("Event$", ""), event.getTimestamp(),
                        event.getPayload()))
                .toList();
    }

    private static void arrayFilter(List<String> where, MapSqlParameterSource params, String column, String name, String value) {
        if (value != null) {
            where.add("s." + column + " @> array[cast(:" + name + " as text)]");
            params.addValue(name, value);
        }
    }

    private static final String ORGANISATION_SELECT = """
            select o.*, (select count(*) from directory_supporter s
                         where s.organisation_id = o.organisation_id and not s.deactivated) as active_supporters
            from directory_organisation o""";

    private static final RowMapper<OrganisationView> ORGANISATION = (rs, row) -> new OrganisationView(
            rs.getString("organisation_id"), rs.getString("name"), rs.getString("kvk_number"), rs.getString("kind"),
            rs.getString("status"), rs.getString("status_reason"), strings(rs, "municipalities"),
            rs.getString("contact_point"), strings(rs, "care_delivered"), date(rs, "covenant_signed_on"),
            rs.getInt("open_cases"), rs.getInt("active_supporters"));

    private static final RowMapper<SupporterView> SUPPORTER = (rs, row) -> new SupporterView(
            rs.getString("supporter_id"), rs.getString("organisation_id"), rs.getString("organisation_name"),
            rs.getString("display_name"), rs.getString("kind"), strings(rs, "life_domains"),
            strings(rs, "target_groups"), strings(rs, "languages"), strings(rs, "municipalities"),
            strings(rs, "districts"), rs.getInt("capacity"), rs.getInt("open_cases"), rs.getString("availability"),
            date(rs, "leave_from"), date(rs, "leave_until"), date(rs, "training_completed_on"),
            rs.getString("register_number"), date(rs, "registration_valid_until"), rs.getBoolean("registration_lapsed"),
            strings(rs, "care_providers_linked"), strings(rs, "access_teams"), rs.getBoolean("deactivated"),
            rs.getBoolean("can_take_case"));

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
