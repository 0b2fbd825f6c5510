package nl.samenspel.benchmarks.workload;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.benchmarks.report.Latencies;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An outside subscriber: a plain {@link KafkaConsumer} on every Samenspel topic that times each integration event
 * from its CloudEvents {@code time} to its arrival here. That time is the internal event's timestamp, taken while
 * the command is handled, before its transaction commits and before the HTTP 2xx: so the figure is an upper bound
 * of "2xx to arrival". (Matching records to requests by correlation id is not possible: see PERFORMANCE.md.)
 * Only events stamped after {@link #start()} count. The consumer assigns partitions itself: no consumer group, so
 * no rebalance (which would reset positions) when a topic appears.
 */
public final class IntegrationEventProbe implements AutoCloseable {

    private static final Pattern SAMENSPEL_TOPICS = Pattern.compile("(network|coordinator|signalling)\\..*");

    private final KafkaConsumer<String, String> consumer;
    private final Latencies latencies = new Latencies();
    private final Thread thread;
    private volatile Instant from = Instant.MAX;
    private volatile boolean running = true;
    private volatile boolean assigned;
    private volatile String problem;

    public IntegrationEventProbe(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        thread = new Thread(this::poll, "benchmark-event-probe");
        thread.setDaemon(true);
        thread.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!assigned && System.nanoTime() < deadline) {
            sleep(20);
        }
        if (!assigned) {
            throw new IllegalStateException("The event probe got no partitions within 30 s");
        }
    }

    /** Counts events stamped from now on. */
    public void start() {
        from = Instant.now();
    }

    /** Lets records already on their way arrive, then stops counting. */
    public void drain(Duration quiet) {
        sleep(quiet.toMillis());
        from = Instant.MAX;
    }

    public Latencies latencies() {
        return latencies;
    }

    /** The last problem reading, if any (a topic without a leader yet is retried). */
    public String problem() {
        return problem;
    }

    private void poll() {
        assignNewTopics(true);
        assigned = true;
        long nextTopicCheck = System.nanoTime();
        while (running) {
            try {
                if (System.nanoTime() > nextTopicCheck) {
                    nextTopicCheck = System.nanoTime() + 1_000_000_000L;
                    assignNewTopics(false);
                }
                read(consumer.poll(Duration.ofMillis(50)));
            } catch (RuntimeException e) {
                problem = e.toString();
            }
        }
        consumer.close();
    }

    private void read(ConsumerRecords<String, String> records) {
        Instant now = Instant.now();
        for (ConsumerRecord<String, String> record : records) {
            Instant stamped = timeOf(record.value());
            if (stamped != null && !stamped.isBefore(from)) {
                latencies.record(Math.max(0, ChronoUnit.NANOS.between(stamped, now)));
            }
        }
    }

    /** Topics present at the start are read from their end; topics created later from their beginning. */
    private void assignNewTopics(boolean atStart) {
        Set<TopicPartition> partitions = new HashSet<>();
        consumer.listTopics().forEach((topic, infos) -> {
            if (SAMENSPEL_TOPICS.matcher(topic).matches()) {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        });
        Set<TopicPartition> added = new HashSet<>(partitions);
        added.removeAll(consumer.assignment());
        if (added.isEmpty()) {
            return;
        }
        partitions.addAll(consumer.assignment());
        consumer.assign(partitions);
        if (atStart) {
            consumer.seekToEnd(added);
            added.forEach(consumer::position);
        } else {
            consumer.seekToBeginning(added);
        }
    }

    private static Instant timeOf(String value) {
        try {
            JsonNode time = Api.JSON.readTree(value).get("time");
            return time == null ? null : Instant.parse(time.asText());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
