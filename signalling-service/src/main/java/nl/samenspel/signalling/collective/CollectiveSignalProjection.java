package nl.samenspel.signalling.collective;

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

    private static final RowMapper<CollectiveSignalView> ROW = (rs, row) -> new CollectiveSignalView(
            rs.getString("collective_signal_id"), rs.getString("municipality_code"), rs.getString("category_code"),
            CollectiveSignalOrigin.valueOf(rs.getString("origin")), rs.getString("summary"),
            CollectiveSignalStatus.valueOf(rs.getString("status")), rs.getInt("signal_count"),
            rs.getInt("organisation_count"), instant(rs.getTimestamp("raised_at")),
            instant(rs.getTimestamp("acknowledge_by")), instant(rs.getTimestamp("answer_by")),
            instant(rs.getTimestamp("acknowledged_at")), instant(rs.getTimestamp("answered_at")),
            rs.getString("answer"), rs.getString("planned_measure"),
            rs.getDate("planned_date") == null ? null : rs.getDate("planned_date").toLocalDate(),
            instant(rs.getTimestamp("closed_at")), rs.getString("merged_into"),
            rs.getBoolean("acknowledgement_overdue"), rs.getBoolean("answer_overdue"));

    private final JdbcTemplate jdbc;

    CollectiveSignalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CollectiveSignalRaisedEvent event) {
        jdbc.update("""
                insert into collective_signal_view (collective_signal_id, municipality_code, category_code, origin,
                    summary, status, signal_count, organisation_count, raised_at, acknowledge_by, answer_by)
                values (?, ?, ?, ?, ?, 'RAISED', ?, ?, ?, ?, ?) on conflict (collective_signal_id) do nothing""",
                event.collectiveSignalId(), event.municipalityCode(), event.categoryCode(), event.origin().name(),
                event.summary(), event.signalIds().size(), event.organisationIds().size(),
                Timestamp.from(event.raisedAt()), Timestamp.from(event.acknowledgeBy()), Timestamp.from(event.answerBy()));
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
        return jdbc.query("select * from collective_signal_view where collective_signal_id = ?", ROW,
                query.collectiveSignalId()).stream().findFirst();
    }

    @QueryHandler
    List<CollectiveSignalView> handle(FindCollectiveSignalsQuery query) {
        return jdbc.query("""
                select * from collective_signal_view where municipality_code = ?
                  and (? = false or acknowledgement_overdue or answer_overdue)
                order by raised_at desc""", ROW, query.municipalityCode(), query.onlyOverdue());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
