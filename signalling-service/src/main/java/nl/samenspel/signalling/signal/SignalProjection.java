package nl.samenspel.signalling.signal;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** Keeps {@code signal_view} and answers queries about signals. */
@Component
@ProcessingGroup("signal-views")
class SignalProjection {

    private static final RowMapper<SignalView> ROW = (rs, row) -> new SignalView(rs.getString("signal_id"),
            rs.getString("organisation_id"), rs.getString("municipality_code"), rs.getString("category_code"),
            rs.getString("life_domain"), rs.getString("target_group"), rs.getString("description"),
            rs.getInt("residents_concerned"), SignalStatus.valueOf(rs.getString("status")),
            rs.getString("collective_signal_id"), rs.getTimestamp("filed_at").toInstant(),
            rs.getTimestamp("changed_at").toInstant(), rs.getString("answer_text") == null ? null
            : new SignalAnswer(rs.getString("answer_collective_signal_id"), rs.getString("answer_text"),
            rs.getTimestamp("answered_at").toInstant()));

    private final JdbcTemplate jdbc;

    SignalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SignalFiledEvent event) {
        jdbc.update("""
                insert into signal_view (signal_id, organisation_id, municipality_code, category_code, life_domain,
                    target_group, description, residents_concerned, status, filed_at, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'FILED', ?, ?) on conflict (signal_id) do nothing""",
                event.signalId(), event.organisationId(), event.municipalityCode(), event.categoryCode(),
                event.lifeDomain(), event.targetGroup(), event.description(), event.residentsConcerned(),
                Timestamp.from(event.filedAt()), Timestamp.from(event.filedAt()));
    }

    @EventHandler
    void on(SignalStatusChangedEvent event) {
        jdbc.update("update signal_view set status = ?, collective_signal_id = ?, changed_at = ? where signal_id = ?",
                event.to().name(), event.collectiveSignalId(), Timestamp.from(event.changedAt()), event.signalId());
    }

    @EventHandler
    void on(SignalAnsweredEvent event) {
        jdbc.update("""
                update signal_view set answer_collective_signal_id = ?, answer_text = ?, answered_at = ?
                where signal_id = ?""",
                event.collectiveSignalId(), event.answer(), Timestamp.from(event.answeredAt()), event.signalId());
    }

    @QueryHandler
    Optional<SignalView> handle(FindSignalQuery query) {
        return jdbc.query("select * from signal_view where signal_id = ?", ROW, query.signalId()).stream().findFirst();
    }

    @QueryHandler
    List<SignalView> handle(FindSignalsQuery query) {
        return jdbc.query("select * from signal_view where organisation_id = ? order by filed_at desc", ROW,
                query.organisationId());
    }
}
