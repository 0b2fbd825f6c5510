package nl.samenspel.kit.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Axon's JDBC event storage engine, but inserting a transaction's events at its last moment: in Spring's
 * {@code beforeCommit}, after everything else the transaction does.
 *
 * <p>Why: the insert takes the service's append lock ({@link CommitOrderedAppends}), which is held to the commit.
 * Axon appends in the unit of work's prepare-commit phase, before the subscribing projections, the deadline rows,
 * the idempotency record and whatever else the surrounding transaction does; all of that used to run while
 * every other command of the service waited for the lock (two thirds of the busy request threads in the benchmark's
 * profile). Deferring only the insert leaves the lock held for one batch insert and the commit, and keeps the
 * guarantee the lock exists for: global indexes become visible in commit order.
 *
 * <p>A transaction that reads an aggregate after it appended (two commands in one transaction) first inserts what
 * it has pending, so it always reads its own events; that case holds the lock from then on, as before. Without a
 * Spring transaction, events are appended at once.
 */
public class LateAppendingEventStorageEngine extends JdbcEventStorageEngine {

    public LateAppendingEventStorageEngine(JdbcEventStorageEngine.Builder builder) {
        super(builder);
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            super.appendEvents(events, serializer);
            return;
        }
        PendingAppends pending = pending();
        if (pending == null) {
            pending = new PendingAppends(serializer);
            TransactionSynchronizationManager.registerSynchronization(pending);
        } else if (pending.serializer != serializer) {
            pending.insert();
            pending.serializer = serializer;
        }
        pending.events.addAll(events);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        flushPending();
        return super.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        flushPending();
        return super.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        flushPending();
        return super.lastSequenceNumberFor(aggregateIdentifier);
    }

    private void flushPending() {
        PendingAppends pending = pending();
        if (pending != null) {
            pending.insert();
        }
    }

    /**
     * This engine's pending events in the current transaction. Looked up among the transaction's synchronizations
     * rather than bound as a resource: Spring suspends synchronizations with their transaction, not our resources.
     */
    private PendingAppends pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingAppends pending && pending.engine() == this) {
                return pending;
            }
        }
        return null;
    }

    private void appendNow(List<? extends EventMessage<?>> events, Serializer serializer) {
        super.appendEvents(events, serializer);
    }

    /** The events one transaction appended, inserted just before it commits. */
    private final class PendingAppends implements TransactionSynchronization {

        private final List<EventMessage<?>> events = new ArrayList<>();
        private Serializer serializer;

        private PendingAppends(Serializer serializer) {
            this.serializer = serializer;
        }

        private LateAppendingEventStorageEngine engine() {
            return LateAppendingEventStorageEngine.this;
        }

        private void insert() {
            if (!events.isEmpty()) {
                List<EventMessage<?>> batch = List.copyOf(events);
                events.clear();
                appendNow(batch, serializer);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            insert();
        }

        /** After every other synchronization's {@code beforeCommit}: the lock is taken as late as possible. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
