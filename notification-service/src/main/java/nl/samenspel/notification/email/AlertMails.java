package nl.samenspel.notification.email;

import nl.samenspel.notification.party.Party;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The alert mails to send and those sent (table {@code alert_mail}): an outbox, so an SMTP outage loses none. */
@Component
class AlertMails {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AlertMails(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void enqueue(Party party, AlertMailKind kind, String about, String recipient, AlertMailText text) {
        Instant now = clock.instant();
        jdbc.update("""
                insert into alert_mail (party_kind, party_id, kind, about, recipient, subject, body, created_at,
                                        next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", party.kind().name(), party.id(), kind.name(), about, recipient,
                text.subject(), text.body(), Timestamp.from(now), Timestamp.from(now));
    }

    /** Whether a mail of this kind about this was queued for the party within the last {@code interval}. */
    boolean queuedWithin(Party party, AlertMailKind kind, String about, Duration interval) {
        Boolean queued = jdbc.queryForObject("""
                select exists (select 1 from alert_mail where party_kind = ? and party_id = ? and kind = ? and about = ?
                               and created_at > ?)""", Boolean.class, party.kind().name(), party.id(), kind.name(),
                about, Timestamp.from(clock.instant().minus(interval)));
        return Boolean.TRUE.equals(queued);
    }

    /** Claims due mails for the caller's transaction; another instance skips them until it ends. */
    List<AlertMail> claimDue(int limit, int maxAttempts) {
        return jdbc.query("""
                select id, recipient, subject, body, attempts from alert_mail
                where sent_at is null and next_attempt_at <= ? and attempts < ?
                order by id limit ? for update skip locked""",
                (rs, row) -> new AlertMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts")),
                Timestamp.from(clock.instant()), maxAttempts, limit);
    }

    void sent(AlertMail mail) {
        jdbc.update("update alert_mail set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?",
                Timestamp.from(clock.instant()), mail.id());
    }

    void failed(AlertMail mail, String error, Duration retryDelay) {
        jdbc.update("update alert_mail set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?",
                error, Timestamp.from(clock.instant().plus(retryDelay)), mail.id());
    }
}
