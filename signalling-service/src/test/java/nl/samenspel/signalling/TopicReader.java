package nl.samenspel.signalling;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.local.TestInfrastructure;
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

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a topic from the beginning with a plain KafkaConsumer, as a municipality or organisation would. */
public final class TopicReader {

    private TopicReader() {
    }

    /** The topic's CloudEvents, read until {@code enough} holds (or a minute passed, which fails the test). */
    public static List<CloudEvent> read(String topic, Predicate<List<CloudEvent>> enough) {
        List<CloudEvent> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long until = System.currentTimeMillis() + 60_000;
            while (!enough.test(found) && System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    found.add(IntegrationEvents.parse(record.value()));
                }
            }
        }
        assertThat(enough.test(found)).as("records on " + topic + ": " + found).isTrue();
        return found;
    }

    /** Whether the events hold at least {@code count} of this type matching {@code which}. */
    public static Predicate<List<CloudEvent>> atLeast(int count, String type, Predicate<CloudEvent> which) {
        return events -> events.stream().filter(e -> e.type().equals(type)).filter(which).count() >= count;
    }
}
