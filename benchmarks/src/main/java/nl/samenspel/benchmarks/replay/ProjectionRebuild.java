package nl.samenspel.benchmarks.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
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
     * Moves a stopped processor to the head of the store without handling what lies before it: for the Kafka
     * publisher while copied events are added, which must not go to Kafka.
     */
    public void skipToHead(String processorName) {
        StreamingEventProcessor processor = processor(processorName);
        processor.shutDown();
        TrackingToken head = eventStore.createHeadToken();
        for (int segment : tokenStore.fetchSegments(processorName)) {
            tokenStore.storeToken(head, processorName, segment);
            tokenStore.releaseClaim(processorName, segment);
        }
        processor.start();
    }

    /** Resets and restarts the processors; returns the seconds until all of them caught up with the head. */
    public double rebuild(List<String> processorNames, Duration timeout) {
        long head = eventStore.createHeadToken().position().orElse(0);
        long start = System.nanoTime();
        for (String name : processorNames) {
            StreamingEventProcessor processor = processor(name);
            processor.shutDown();
            processor.resetTokens();
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
        while (!processorNames.stream().allMatch(name -> caughtUp(processor(name), head))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(processorNames + " did not catch up within " + timeout);
            }
            sleep();
        }
    }

    private static boolean caughtUp(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(segment -> !segment.isReplaying()
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
