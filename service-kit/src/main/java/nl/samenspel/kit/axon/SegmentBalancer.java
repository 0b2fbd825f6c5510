package nl.samenspel.kit.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Spreads the segments of each tracking processor over the running instances of the service. Axon lets any instance
 * with a free processor thread claim an unclaimed segment, so the instance that starts first claims them all and
 * keeps them. Every interval each instance says it is alive (table {@code service_instance}) and releases, for two
 * intervals, the segments it holds above its share (the processor's segments divided by the instances seen in the
 * last three intervals, rounded up); an instance with a free thread then claims them. When an instance dies its
 * claims time out (Axon's claim timeout) and the others claim its segments, as many as their threads allow.
 */
public class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final JdbcTemplate jdbc;
    private final String instanceId;
    private final Duration interval;
    private volatile ScheduledExecutorService timer;

    public SegmentBalancer(ObjectProvider<EventProcessingConfiguration> processing, JdbcTemplate jdbc, String instanceId,
                           Duration interval) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.instanceId = instanceId;
        this.interval = interval;
    }

    /** Announces this instance and releases what it holds above its share of each processor. */
    void balance() {
        try {
            jdbc.update("insert into service_instance (instance_id, seen_at) values (?, now())"
                    + " on conflict (instance_id) do update set seen_at = now()", instanceId);
            jdbc.update("delete from service_instance where seen_at < now() - interval '1 hour'");
            int instances = jdbc.queryForObject("select count(*) from service_instance"
                    + " where seen_at > now() - make_interval(secs => ?)", Integer.class, 3 * interval.toMillis() / 1000.0);
            for (EventProcessor processor : processing.getObject().eventProcessors().values()) {
                if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                    releaseAboveShare(streaming, Math.max(instances, 1));
                }
            }
        } catch (DataAccessException notYet) {
            // The database is away or not migrated yet; the next interval tries again.
            log.debug("Segment balancing skipped: {}", notYet.getMessage());
        }
    }

    private void releaseAboveShare(StreamingEventProcessor processor, int instances) {
        int segments = jdbc.queryForObject("select count(*) from tokenentry where processorname = ?", Integer.class,
                processor.getName());
        int share = (segments + instances - 1) / instances;
        List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
        for (Integer segment : held.subList(Math.min(share, held.size()), held.size())) {
            log.info("Releasing segment {} of {}: {} instances share {} segments", segment, processor.getName(), instances, segments);
            processor.releaseSegment(segment, interval.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::balance, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        timer = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = timer;
        timer = null;
        if (running != null) {
            running.shutdownNow();
            try {
                jdbc.update("delete from service_instance where instance_id = ?", instanceId);
            } catch (DataAccessException gone) {
                log.debug("Could not sign off: {}", gone.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
