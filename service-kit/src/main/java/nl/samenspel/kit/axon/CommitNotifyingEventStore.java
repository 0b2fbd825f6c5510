package nl.samenspel.kit.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/**
 * Axon's embedded event store, but waking its tracking processors only once the events are committed.
 *
 * <p>Why: Axon wakes them when the command's unit of work has committed. When that unit of work runs inside a longer
 * Spring transaction (an idempotent request's {@code RequestLog}, a Kafka consumer's {@code Inbox}) the events are not
 * yet visible then (with {@link LateAppendingEventStorageEngine} not even inserted): the processors find nothing and
 * sleep for the fetch delay, a second, before they publish the events.
 */
public class CommitNotifyingEventStore extends EmbeddedEventStore {

    public CommitNotifyingEventStore(EmbeddedEventStore.Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake(events);
                }
            });
        } else {
            wake(events);
        }
    }

    private void wake(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
    }
}
