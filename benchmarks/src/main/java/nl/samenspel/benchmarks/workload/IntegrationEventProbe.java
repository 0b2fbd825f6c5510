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
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An outside subscriber: a plain {@link KafkaConsumer} on every Samenspel topic that times, for each accepted
 * command, how long after its HTTP 2xx its integration event arrived. Commands and events are matched by the
 * correlation id the command was sent with, which the services carry into the CloudEvents {@code correlationid}.
 * The consumer assigns partitions itself (no group, so no rebalances). A record can arrive before the HTTP answer (the services publish as soon as the event is committed); its
 * latency then counts as zero.
 */
public final class IntegrationEventProbe implements AutoCloseable {

    private static final Pattern SAMENSPEL_TOPICS = Pattern.compile("(network|coordinator|signalling)\\..*");

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
    private final Latencies latencies = new Latencies();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean assigned;
    private volatile long received;
    private volatile String sample;
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

    /** A command sent with {@code correlationId} was accepted at {@code nanoTime}. */
    void accepted(String correlationId, long nanoTime) {
        Long arrived = arrivedAt.remove(correlationId);
        if (arrived != null) {
            latencies.record(Math.max(0, arrived - nanoTime));
        } else {
            acceptedAt.put(correlationId, nanoTime);
        }
    }

    /** Waits up to {@code timeout} for the events of every accepted command; returns how many never came. */
    public int awaitOutstanding(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!acceptedAt.isEmpty() && System.nanoTime() < deadline) {
            sleep(50);
        }
        return acceptedAt.size();
    }

    /** How many records the probe read, and the last one: to tell "no events" from "events without our ids". */
    public String seen() {
        return received + " records read" + (problem == null ? "" : ", last problem: " + problem) + (sample == null ? "" : ", the last: " + sample.substring(0, Math.min(300, sample.length())));
    }

    public Latencies latencies() {
        return latencies;
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
                // A topic created a moment ago may have no leader yet; try again on the next round.
                problem = e.toString();
            }
        }
        consumer.close();
    }

    private void read(ConsumerRecords<String, String> records) {
        long now = System.nanoTime();
        for (ConsumerRecord<String, String> record : records) {
            received++;
            sample = record.value();
            String correlationId = correlationIdOf(record.value());
            if (correlationId == null) {
                continue;
            }
            Long accepted = acceptedAt.remove(correlationId);
            if (accepted != null) {
                latencies.record(Math.max(0, now - accepted));
            } else {
                // Only the first record of a command counts (a command can cause several, e.g. a coverage gap).
                arrivedAt.putIfAbsent(correlationId, now);
            }
        }
    }
    }

    /**
     * Assigns the partitions of every Samenspel topic by hand: no consumer group, so no rebalance (which would
     * reset positions) when a topic appears. Topics present at the start are read from their end; topics created
     * later (an organisation's handover topic) from their beginning.
     */
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

    private static String correlationIdOf(String value) {
        try {
            JsonNode id = Api.JSON.readTree(value).get("correlationid");
            return id == null ? null : id.asText();
        } catch (IOException e) {
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
