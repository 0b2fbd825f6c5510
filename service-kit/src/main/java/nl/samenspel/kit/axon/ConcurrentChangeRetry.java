package nl.samenspel.kit.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Sends a command again, a few times, when it lost a race for its aggregate ({@link ConcurrencyException}): another
 * command of the same aggregate appended the same sequence number and committed first. The retry loads the
 * aggregate anew, so the command is decided on the state that won; a command the new state refuses is refused.
 *
 * <p>Why: Axon's aggregate lock ends with the command's unit of work, but a command inside a longer transaction (a
 * Kafka {@code Inbox}, an {@code Idempotency-Key}) commits only when that transaction does. A user's command on the
 * same aggregate in between (e.g. an availability change while a caseload update from Kafka is being committed)
 * loses at its commit; it changed nothing and is simply sent again.
 *
 * <p>Only a command that is its own transaction and unit of work is retried: inside a longer one the retry would run
 * outside it (on this scheduler's thread), so there the conflict reaches the caller (a Kafka record is delivered
 * again; HTTP answers 409). Retries wait on the one thread, behind the append lock if need be; they are rare.
 */
final class ConcurrentChangeRetry implements RetryScheduler, DisposableBean {

    static final int MAX_RETRIES = 3;
    static final long RETRY_INTERVAL_MILLIS = 50;

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "command-retry");
        thread.setDaemon(true);
        return thread;
    });
    private final RetryScheduler intervals = IntervalRetryScheduler.builder().retryExecutor(executor)
            .retryInterval((int) RETRY_INTERVAL_MILLIS).maxRetryCount(MAX_RETRIES).build();

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        boolean lostARace = ExceptionUtils.findException(lastFailure, ConcurrencyException.class).isPresent();
        if (!lostARace || TransactionSynchronizationManager.isActualTransactionActive()
                || CurrentUnitOfWork.isStarted()) {
            return false;
        }
        return intervals.scheduleRetry(commandMessage, lastFailure, failures, dispatchTask);
    }

    /** With the application context: a retry still waiting would otherwise run on a stopped command bus. */
    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
