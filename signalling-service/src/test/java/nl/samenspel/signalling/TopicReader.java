package nl.samenspel.signalling;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.local.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a topic's CloudEvents from the beginning with a plain KafkaConsumer, as a municipality would. */
public final class TopicReader {

    private TopicReader() {
    }

    /** The topic's CloudEvents, read until {@code enough} holds (or a minute passed, which fails the test). */
    public static List<CloudEvent> read(String topic, Predicate<List<CloudEvent>> enough) {
        List<CloudEvent> found = events(nl.samenspel.local.test.TopicReader.read(TestInfrastructure.kafka().bootstrapServers(),
                topic, record -> true, records -> enough.test(events(records)), Duration.ofSeconds(60)));
        assertThat(enough.test(found)).as("records on " + topic + ": " + found).isTrue();
        return found;
    }

    /** Whether the events hold at least {@code count} of this type matching {@code which}. */
    public static Predicate<List<CloudEvent>> atLeast(int count, String type, Predicate<CloudEvent> which) {
        return events -> events.stream().filter(e -> e.type().equals(type)).filter(which).count() >= count;
    }

    private static List<CloudEvent> events(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> IntegrationEvents.parse(record.value())).toList();
    }
}
