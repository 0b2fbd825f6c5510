package nl.samenspel.local.test;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads a topic from the beginning with a plain Kafka consumer in a fresh group, as an outside subscriber would.
 */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * Reads records matching {@code filter} until {@code done} holds for what was read, or the timeout passes;
     * returns what was read either way (assert on it).
     */
    public static List<ConsumerRecord<String, String>> read(String bootstrapServers, String topic,
                                                            Predicate<ConsumerRecord<String, String>> filter,
                                                            Predicate<List<ConsumerRecord<String, String>>> done,
                                                            Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long until = System.currentTimeMillis() + timeout.toMillis();
            while (!done.test(found) && System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (filter.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    /** Reads until at least {@code expected} records with key {@code key} arrived (or 60 s passed). */
    public static List<ConsumerRecord<String, String>> readKey(String bootstrapServers, String topic, String key, int expected) {
        return read(bootstrapServers, topic, record -> key.equals(record.key()), found -> found.size() >= expected,
                Duration.ofSeconds(60));
    }
}
