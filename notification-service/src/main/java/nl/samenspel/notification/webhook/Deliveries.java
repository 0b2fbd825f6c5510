package nl.samenspel.notification.webhook;

import nl.samenspel.notification.feed.StoredEvent;
import nl.samenspel.notification.party.Party;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The queue of deliveries: one row per event and subscription, due at its next attempt. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and then leased, so two instances never hold one delivery and a crashed instance's
 * deliveries are taken over when their lease runs out. A delivery waits while an earlier one of its subscription and
 * subject (the case) is pending, so each receiver gets one case's events in order; other cases and other receivers do
 * not wait for it.
 */
@Component
public class Deliveries {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DeliveryWakeUp wakeUp;

    Deliveries(JdbcTemplate jdbc, Clock clock, DeliveryWakeUp wakeUp) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.wakeUp = wakeUp;
    }

    /**
     * Queues an event for every active subscription of its party whose types include it, in the caller's transaction;
     * the workers are woken when it commits.
     */
    public void enqueue(StoredEvent event) {
        Timestamp now = Timestamp.from(clock.instant());
        int queued = jdbc.update("""
                insert into delivery (subscription_id, event_seq, event_id, subject, kind, status, next_attempt_at, created_at)
                select id, ?, ?, ?, 'EVENT', 'PENDING', ?, ? from webhook_subscription
                where party_kind = ? and party_id = ? and status = 'ACTIVE'
                  and (event_types is null or ? = any (event_types))
                on conflict (subscription_id, event_id) do nothing""",
                event.seq(), event.eventId(), event.subject(), now, now, event.party().kind().name(), event.party().id(),
                event.type());
        if (queued > 0) {
            wakeUpAfterCommit();
        }
    }

    /** Queues a test or verification event for one subscription. */
    void enqueue(UUID subscription, DeliveryKind kind, String eventId, byte[] body) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into delivery (subscription_id, event_id, kind, body, status, next_attempt_at, created_at)
                values (?, ?, ?, ?, 'PENDING', ?, ?)""", subscription, eventId, kind.name(), body, now, now);
        wakeUpAfterCommit();
    }

    /**
     * Claims up to {@code limit} due deliveries, at most one per subscription and none of a subscription that already
     * has one in flight, and leases them to this instance until the lease runs out.
     */
    @Transactional
    public List<ClaimedDelivery> claim(int limit, Duration lease) {
        Instant now = clock.instant();
        List<ClaimedDelivery> due = jdbc.query("""
                select d.id, d.subscription_id, s.url, d.event_id, d.subject, coalesce(d.body, e.body) as body, d.attempts
                from delivery d
                join webhook_subscription s on s.id = d.subscription_id
                left join party_event e on e.seq = d.event_seq
                where d.status = 'PENDING' and d.next_attempt_at <= ?
                  and (d.leased_until is null or d.leased_until < ?)
                  and (s.status = 'ACTIVE' or (s.status = 'UNVERIFIED' and d.kind = 'VERIFICATION'))
                  and (d.subject is null or not exists (
                        select 1 from delivery earlier
                        where earlier.subscription_id = d.subscription_id and earlier.subject = d.subject
                          and earlier.status = 'PENDING' and earlier.id < d.id))
                  and not exists (
                        select 1 from delivery busy
                        where busy.subscription_id = d.subscription_id and busy.status = 'PENDING'
                          and busy.leased_until >= ?)
                order by d.next_attempt_at, d.id
                limit ?
                for update of d skip locked""",
                (rs, row) -> new ClaimedDelivery(rs.getLong("id"), rs.getObject("subscription_id", UUID.class),
                        rs.getString("url"), rs.getString("event_id"), rs.getString("subject"), rs.getBytes("body"), rs.getInt("attempts"),
                        UUID.randomUUID().toString()),
                Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), limit * 4);
        Set<UUID> subscriptions = new HashSet<>();
        List<ClaimedDelivery> claimed = new ArrayList<>();
        for (ClaimedDelivery delivery : due) {
            if (claimed.size() < limit && subscriptions.add(delivery.subscriptionId())) {
                jdbc.update("update delivery set leased_until = ?, leased_by = ? where id = ?",
                        Timestamp.from(now.plus(lease)), delivery.lease(), delivery.id());
                claimed.add(delivery);
            }
        }
        return claimed;
    }

    /** Records an attempt; {@code false} if the lease was lost meanwhile (the outcome is then another's to record). */
    boolean attempted(ClaimedDelivery delivery, Instant at, int statusCode, String error, long millis) {
        if (!holdsLease(delivery)) {
            return false;
        }
        jdbc.update("""
                insert into delivery_attempt (delivery_id, attempted_at, status_code, error, duration_ms)
                values (?, ?, ?, ?, ?)""", delivery.id(), Timestamp.from(at), statusCode == 0 ? null : statusCode,
                error, (int) Math.min(Integer.MAX_VALUE, millis));
        return true;
    }

    private boolean holdsLease(ClaimedDelivery delivery) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select leased_by = ? from delivery where id = ? and status = 'PENDING' for update", Boolean.class,
                delivery.lease(), delivery.id()));
    }

    void delivered(ClaimedDelivery delivery) {
        finish(delivery, DeliveryStatus.DELIVERED);
    }

    void failed(ClaimedDelivery delivery) {
        finish(delivery, DeliveryStatus.FAILED);
    }

    private void finish(ClaimedDelivery delivery, DeliveryStatus status) {
        jdbc.update("""
                update delivery set status = ?, attempts = attempts + 1, finished_at = ?, leased_until = null, leased_by = null
                where id = ? and leased_by = ?""", status.name(), Timestamp.from(clock.instant()), delivery.id(),
                delivery.lease());
    }

    void retryAt(ClaimedDelivery delivery, Instant next) {
        jdbc.update("""
                update delivery set attempts = attempts + 1, next_attempt_at = ?, leased_until = null, leased_by = null
                where id = ? and leased_by = ?""", Timestamp.from(next), delivery.id(), delivery.lease());
    }

    /** Whether the event was queued for one of the party's webhook subscriptions (any outcome since). */
    public boolean queued(Party party, String eventId) {
        return exists(party, eventId, "");
    }

    /** Whether one of the party's webhook subscriptions took the event. */
    public boolean delivered(Party party, String eventId) {
        return exists(party, eventId, " and d.status = 'DELIVERED'");
    }

    private boolean exists(Party party, String eventId, String condition) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from delivery d join webhook_subscription s on s.id = d.subscription_id
                where s.party_kind = ? and s.party_id = ? and d.event_id = ? and d.kind = 'EVENT'%s)""".formatted(condition),
                Boolean.class, party.kind().name(), party.id(), eventId));
    }

    /** Cancels every pending delivery of a party's subscriptions; returns how many. */
    public int cancelPending(Party party) {
        return jdbc.update("""
                update delivery set status = 'CANCELLED', finished_at = ?, leased_until = null, leased_by = null
                where status = 'PENDING' and subscription_id in (
                  select id from webhook_subscription where party_kind = ? and party_id = ?)""",
                Timestamp.from(clock.instant()), party.kind().name(), party.id());
    }

    /** A subscription's deliveries in one status, newest first, each with its attempts. */
    List<DeliveryView> of(UUID subscription, DeliveryStatus status, int limit) {
        List<DeliveryView> deliveries = jdbc.query("""
                select d.id, d.event_id, d.kind, d.status, d.attempts, d.next_attempt_at, d.created_at, d.finished_at
                from delivery d where d.subscription_id = ? and d.status = ? order by d.id desc limit ?""",
                (rs, row) -> new DeliveryView(rs.getLong("id"), rs.getString("event_id"), rs.getString("kind"),
                        DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                        rs.getTimestamp("created_at").toInstant(),
                        DeliveryStatus.valueOf(rs.getString("status")) == DeliveryStatus.PENDING
                                ? rs.getTimestamp("next_attempt_at").toInstant() : null,
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        new ArrayList<>()),
                subscription, status.name(), limit);
        for (DeliveryView delivery : deliveries) {
            delivery.attempts().addAll(jdbc.query("""
                    select attempted_at, status_code, error, duration_ms from delivery_attempt
                    where delivery_id = ? order by id""",
                    (rs, row) -> new DeliveryView.Attempt(rs.getTimestamp("attempted_at").toInstant(),
                            (Integer) rs.getObject("status_code"), rs.getString("error"), rs.getInt("duration_ms")),
                    delivery.id()));
        }
        return deliveries;
    }

    /** Sends a failed delivery of this subscription again, from its first attempt; {@code false} if there is none. */
    boolean resend(UUID subscription, long delivery) {
        int resent = jdbc.update("""
                update delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, finished_at = null
                where id = ? and subscription_id = ? and status = 'FAILED'""",
                Timestamp.from(clock.instant()), delivery, subscription);
        wakeUpAfterCommit();
        return resent == 1;
    }

    /** Sends every failed delivery of this subscription created since the moment again; returns how many. */
    int resendSince(UUID subscription, Instant since) {
        int resent = jdbc.update("""
                update delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, finished_at = null
                where subscription_id = ? and status = 'FAILED' and created_at >= ?""",
                Timestamp.from(clock.instant()), subscription, Timestamp.from(since));
        wakeUpAfterCommit();
        return resent;
    }

    void wakeUpAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeUp.now();
                }
            });
        } else {
            wakeUp.now();
        }
    }
}
