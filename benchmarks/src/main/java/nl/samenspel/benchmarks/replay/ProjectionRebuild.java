package nl.samenspel.benchmarks.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a running service's projections the way an operator would: stop the processor, reset its tokens
 * through Axon (its reset handler empties the tables, handlers see a replay), start it, and time until it has
 * caught up with the head of the event store again.
 */
public final class ProjectionRebuild {

    private static final long REPORT_EVERY = Duration.ofSeconds(15).toNanos();

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;

    public ProjectionRebuild(EventProcessingConfiguration processing, EventStore eventStore, TokenStore tokenStore) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
    }

    /** Every processor of the service that can be replayed, except the Kafka publisher (a replay would republish). */
    public List<String> projections() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor streaming && streaming.supportsReset())
                .map(Map.Entry::getKey)
                .filter(name -> !name.equals("kafka-publisher"))
                .sorted()
                .toList();
    }

    public void stop(String processorName) {
        processor(processorName).shutDown();
    }

    /**
     * Moves a processor to the head of the store and leaves it stopped without handling what lies before it: used after copied events
     * were added, so the Kafka publisher does not publish them and a projection's rebuild starts from a token that
     * has seen everything, as it would in production. (Axon treats events a processor had not yet seen at the
     * reset as live, not as a replay, so the directory would review coverage for each of them.)
     */
    public void skipToHead(String processorName) {
        StreamingEventProcessor processor = processor(processorName);
        processor.shutDown();
        TrackingToken head = eventStore.createHeadToken();
        for (int segment : tokenStore.fetchSegments(processorName)) {
            tokenStore.storeToken(head, processorName, segment);
            tokenStore.releaseClaim(processorName, segment);
        }
    }

    public void start(String processorName) {
        processor(processorName).start();
    }

    /** Resets and restarts the processors; returns the seconds until all of them caught up with the head. */
    public double rebuild(List<String> processorNames, Duration timeout) {
        long head = eventStore.createHeadToken().position().orElse(0);
        long start = System.nanoTime();
        for (String name : processorNames) {
            StreamingEventProcessor processor = processor(name);
            processor.shutDown();
            // From the tail, explicitly: Axon's default start position is itself a replay token, and a reset from
            // a token at the head to that nested replay token never got claimed again (Axon 4.12).
            processor.resetTokens(StreamableMessageSource::createTailToken);
            processor.start();
        }
        awaitPosition(processorNames, head, timeout);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Waits until the processors have handled everything in the store now (e.g. the publisher's backlog). */
    public void awaitCaughtUp(List<String> processorNames, Duration timeout) {
        awaitPosition(processorNames, eventStore.createHeadToken().position().orElse(0), timeout);
    }

    private void awaitPosition(List<String> processorNames, long head, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextReport = System.nanoTime() + REPORT_EVERY;
        while (!processorNames.stream().allMatch(name -> caughtUp(processor(name), head))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(processorNames + " did not catch up within " + timeout);
            }
            if (System.nanoTime() > nextReport) {
                nextReport += REPORT_EVERY;
                processorNames.forEach(name -> System.out.println("  " + name + " at "
                        + processor(name).processingStatus().values().stream().map(s -> s.getCurrentPosition())
                        .toList() + " of " + head));
            }
            sleep();
        }
    }

    /**
     * At the head and caught up. Not "no longer replaying": Axon keeps a replay flag up until it has seen an event
     * past the reset position whose gaps match, which after the last event can take until the gap timeout.
     */
    private static boolean caughtUp(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(segment -> segment.isCaughtUp()
                && segment.getCurrentPosition().orElse(-1) >= head && !segment.isErrorState());
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No streaming processor " + name));
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
