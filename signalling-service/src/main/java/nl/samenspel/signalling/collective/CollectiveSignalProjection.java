package nl.samenspel.signalling.collective;

import nl.samenspel.signalling.privacy.PersonalDataDetector;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps {@code collective_signal_view}, including which deadlines were missed, and answers queries about it. */
@Component
@ProcessingGroup("collective-signal-views")
class CollectiveSignalProjection {

    /**
     * The view's own columns, and what its signals (those bundled into it now, also by a merge) say: their
     * residents, descriptions, life domains and target groups.
     */
    private static final String SELECT = """
            select c.*,
                (select coalesce(sum(s.residents_concerned), 0) from signal_view s
                 where s.collective_signal_id = c.collective_signal_id) as residents_concerned,
                array(select s.description from signal_view s where s.collective_signal_id = c.collective_signal_id
                      order by s.filed_at, s.signal_id) as descriptions,
                array(select distinct d from unnest(c.life_domains || array(select s.life_domain from signal_view s
                      where s.collective_signal_id = c.collective_signal_id)) d order by d) as all_life_domains,
                array(select distinct t from unnest(c.target_groups || array(select s.target_group from signal_view s
                      where s.collective_signal_id = c.collective_signal_id)) t order by t) as all_target_groups
            from collective_signal_view c""";

    private final JdbcTemplate jdbc;
    private final PersonalDataDetector detector;
    private final ResidentsConcerned residents;
    private final RowMapper<CollectiveSignalView> row;

    CollectiveSignalProjection(JdbcTemplate jdbc, PersonalDataDetector detector, ResidentsConcerned residents) {
        this.jdbc = jdbc;
        this.detector = detector;
        this.residents = residents;
        this.row = (rs, row) -> new CollectiveSignalView(
                rs.getString("collective_signal_id"), rs.getString("municipality_code"), rs.getString("category_code"),
                CollectiveSignalOrigin.valueOf(rs.getString("origin")), rs.getString("summary"),
                CollectiveSignalStatus.valueOf(rs.getString("status")), rs.getInt("signal_count"),
                rs.getInt("organisation_count"), instant(rs.getTimestamp("raised_at")),
                instant(rs.getTimestamp("acknowledge_by")), instant(rs.getTimestamp("answer_by")),
                instant(rs.getTimestamp("acknowledged_at")), instant(rs.getTimestamp("answered_at")),
                rs.getString("answer"), rs.getString("planned_measure"),
                rs.getDate("planned_date") == null ? null : rs.getDate("planned_date").toLocalDate(),
                instant(rs.getTimestamp("closed_at")), rs.getString("merged_into"),
                rs.getBoolean("acknowledgement_overdue"), rs.getBoolean("answer_overdue"),
                strings(rs.getArray("all_life_domains")), strings(rs.getArray("all_target_groups")),
                this.residents.shown(rs.getInt("residents_concerned")),
                // Filing refused personal data already; this keeps any an older check let through from a municipality.
                strings(rs.getArray("descriptions")).stream().filter(text -> this.detector.find(text).isEmpty()).toList());
    }

    @EventHandler
    void on(CollectiveSignalRaisedEvent event) {
        jdbc.update("""
                insert into collective_signal_view (collective_signal_id, municipality_code, category_code, origin,
                    summary, status, signal_count, organisation_count, raised_at, acknowledge_by, answer_by,
                    life_domains, target_groups)
                values (?, ?, ?, ?, ?, 'RAISED', ?, ?, ?, ?, ?, string_to_array(?, ','), string_to_array(?, ','))
                on conflict (collective_signal_id) do nothing""",
                event.collectiveSignalId(), event.municipalityCode(), event.categoryCode(), event.origin().name(),
                event.summary(), event.signalIds().size(), event.organisationIds().size(),
                Timestamp.from(event.raisedAt()), Timestamp.from(event.acknowledgeBy()), Timestamp.from(event.answerBy()),
                String.join(",", event.lifeDomains()), String.join(",", event.targetGroups()));
    }

    @EventHandler
    void on(CollectiveSignalAcknowledgedEvent event) {
        jdbc.update("""
                update collective_signal_view set status = 'ACKNOWLEDGED', acknowledged_at = ?,
                    acknowledgement_overdue = false where collective_signal_id = ?""",
                Timestamp.from(event.acknowledgedAt()), event.collectiveSignalId());
    }

    @EventHandler
    void on(CollectiveSignalAnsweredEvent event) {
        jdbc.update("""
                update collective_signal_view set status = 'ANSWERED', answered_at = ?, answer = ?, planned_measure = ?,
                    planned_date = ?, acknowledgement_overdue = false, answer_overdue = false
                where collective_signal_id = ?""",
                Timestamp.from(event.answeredAt()), event.answer(), event.plannedMeasure(),
                event.plannedDate() == null ? null : java.sql.Date.valueOf(event.plannedDate()),
                event.collectiveSignalId());
    }

    @EventHandler
    void on(CollectiveSignalClosedEvent event) {
        jdbc.update("update collective_signal_view set status = 'CLOSED', closed_at = ? where collective_signal_id = ?",
                Timestamp.from(event.closedAt()), event.collectiveSignalId());
    }

    @EventHandler
    void on(CollectiveSignalResolvedEvent event) {
        jdbc.update("""
                update collective_signal_view set status = 'CLOSED', closed_at = ?, acknowledgement_overdue = false,
                    answer_overdue = false where collective_signal_id = ?""",
                Timestamp.from(event.resolvedAt()), event.collectiveSignalId());
    }

    @EventHandler
    void on(CollectiveSignalMergedEvent event) {
        jdbc.update("""
                update collective_signal_view set status = 'MERGED', closed_at = ?, merged_into = ?,
                    acknowledgement_overdue = false, answer_overdue = false where collective_signal_id = ?""",
                Timestamp.from(event.mergedAt()), event.intoId(), event.collectiveSignalId());
    }

    @EventHandler
    void on(SignalsAddedEvent event) {
        jdbc.update("""
                update collective_signal_view set signal_count = ?, organisation_count = ?
                where collective_signal_id = ?""",
                event.signalCount(), event.organisationCount(), event.collectiveSignalId());
    }

    @EventHandler
    void on(CollectiveSignalOverdueEvent event) {
        String column = event.deadline() == DeadlineKind.ACKNOWLEDGEMENT ? "acknowledgement_overdue" : "answer_overdue";
        jdbc.update("update collective_signal_view set " + column + " = true where collective_signal_id = ?",
                event.collectiveSignalId());
    }

    @QueryHandler
    Optional<CollectiveSignalView> handle(FindCollectiveSignalQuery query) {
        return jdbc.query(SELECT + " where c.collective_signal_id = ?", row, query.collectiveSignalId()).stream().findFirst();
    }

    @QueryHandler
    List<CollectiveSignalView> handle(FindCollectiveSignalsQuery query) {
        return jdbc.query(SELECT + """
                 where c.municipality_code = ? and (? = false or c.acknowledgement_overdue or c.answer_overdue)
                order by c.raised_at desc""", row, query.municipalityCode(), query.onlyOverdue());
    }

    @QueryHandler
    List<CollectiveSignalView> handle(FindAllCollectiveSignalsQuery query) {
        return jdbc.query(SELECT + """
                 where (? = false or c.acknowledgement_overdue or c.answer_overdue)
                order by c.raised_at desc""", row, query.onlyOverdue());
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
