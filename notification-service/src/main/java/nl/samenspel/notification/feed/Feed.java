package nl.samenspel.notification.feed;

import nl.samenspel.notification.party.Party;
import nl.samenspel.notification.party.PartyKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Each party's events in the order received: what its feed pages through and what its deliveries send. */
@Component
public class Feed {

    private static final RowMapper<StoredEvent> EVENT = (rs, row) -> new StoredEvent(rs.getLong("seq"),
            new Party(PartyKind.valueOf(rs.getString("party_kind")), rs.getString("party_id")), rs.getString("event_id"),
            rs.getString("event_type"), rs.getString("subject"), rs.getBytes("body"),
            rs.getTimestamp("received_at").toInstant());

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Feed(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores an event for its party, once: the same event again returns what was stored. */
    public StoredEvent store(Party party, String eventId, String type, String subject, byte[] body) {
        jdbc.update("""
                insert into party_event (party_kind, party_id, event_id, event_type, subject, body, received_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (party_kind, party_id, event_id) do nothing""",
                party.kind().name(), party.id(), eventId, type, subject, body, Timestamp.from(clock.instant()));
        return jdbc.queryForObject("select * from party_event where party_kind = ? and party_id = ? and event_id = ?",
                EVENT, party.kind().name(), party.id(), eventId);
    }

    /** Up to {@code limit} of the party's events after the cursor ({@code 0}: from the oldest kept), oldest first. */
    public List<StoredEvent> after(Party party, long cursor, int limit) {
        return jdbc.query("""
                select * from party_event where party_kind = ? and party_id = ? and seq > ? order by seq limit ?""",
                EVENT, party.kind().name(), party.id(), cursor, limit);
    }

    /** The party's events received since a moment, oldest first. */
    public List<StoredEvent> since(Party party, Instant since) {
        return jdbc.query("""
                select * from party_event where party_kind = ? and party_id = ? and received_at >= ? order by seq""",
                EVENT, party.kind().name(), party.id(), Timestamp.from(since));
    }

    /** Forgets events received before a moment that no pending or failed delivery still needs; returns how many. */
    int forgetBefore(Instant before) {
        return jdbc.update("""
                delete from party_event e where e.received_at < ? and not exists (
                  select 1 from delivery d where d.event_seq = e.seq and d.status in ('PENDING', 'FAILED'))""",
                Timestamp.from(before));
    }
}
