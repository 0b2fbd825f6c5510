package nl.samenspel.network.directory;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Vacuums and analyses the directory's tables once a rebuild of the {@code directory} projection has caught up.
 *
 * <p>Why: a rebuild rewrites every row many times within a minute or so. Until autovacuum comes round the tables hold
 * about twice their live rows, the search's GIN indexes carry long pending lists and the planner still has the
 * statistics of the empty tables of the reset. Right after a rebuild of 1,000,000 events the directory search over
 * 10,000 supporters took 24 ms at the median instead of 8 ms (benchmarks/PERFORMANCE.md). Axon 4 tells a handler
 * when a replay starts (the projection's reset handler calls {@link #rebuildStarted()}), not when it has caught
 * up, so the processor's status is looked at every few seconds. Not its replay flag: with live events arriving
 * during the rebuild a segment stops "replaying" before it reaches the head. A rebuild started on another node
 * of the service is that node's to tidy up.
 */
@Component
class RebuildUpkeep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RebuildUpkeep.class);
    private static final long CHECK_EVERY_SECONDS = 2;

    // Lazily: the processing configuration is built from the event handlers, the projection among them.
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final JdbcTemplate jdbc;
    private final AtomicBoolean rebuildPending = new AtomicBoolean();
    private ScheduledExecutorService checker;

    RebuildUpkeep(ObjectProvider<EventProcessingConfiguration> processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** The projection's tables were emptied for a rebuild: tidy them up once it has caught up. */
    void rebuildStarted() {
        rebuildPending.set(true);
    }

    /** Tidies up the tables if a rebuild is pending and has caught up; a no-op otherwise. */
    void check() {
        if (!rebuildPending.get()) {
            return;
        }
        processing.getObject().eventProcessor(DirectoryProjection.GROUP, TrackingEventProcessor.class).ifPresent(directory -> {
            if (caughtUp(directory) && rebuildPending.compareAndSet(true, false)) {
                tidyUp();
            }
        });
    }

    /**
     * Every segment the processor has claimed is at the head. No segments (a processor shut down for its reset, or
     * not yet started) is not caught up; neither is one still replaying towards the head.
     */
    static boolean caughtUp(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        return !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
    }

    private void tidyUp() {
        try {
            // VACUUM cannot run inside a transaction: this runs on a pooled connection in auto-commit.
            jdbc.execute("vacuum (analyze) directory_supporter, directory_organisation");
            log.info("The directory rebuild has caught up; its tables are vacuumed and analysed");
        } catch (DataAccessException e) {
            // Autovacuum will get there later; searches are slower until then, never wrong.
            log.warn("Could not vacuum the directory after its rebuild: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        checker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "directory-rebuild-upkeep");
            thread.setDaemon(true);
            return thread;
        });
        checker.scheduleWithFixedDelay(this::checkQuietly, CHECK_EVERY_SECONDS, CHECK_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; the next check may well succeed.
            log.warn("Could not check the directory's rebuild: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (checker != null) {
            checker.shutdownNow();
            checker = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return checker != null;
    }
}
