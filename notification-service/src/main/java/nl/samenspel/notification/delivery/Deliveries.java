package nl.samenspel.notification.delivery;

import nl.samenspel.notification.feed.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Clock;

/** The queue of deliveries: one row per event and subscription, due at its next attempt. */
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
