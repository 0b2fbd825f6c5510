package nl.samenspel.kit.testservice;

import nl.samenspel.kit.kafka.TopicAdmin;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records sent with the kit's producer settings the moment a topic has been created (as for an organisation's own topic
 * when its first event is published) arrive once each, in the order sent. A broker that has not yet taken on a new
 * partition refuses the first request; with more than one request in flight, a later one could be written before it
 * and the first then be refused for good as out of sequence, its records lost to the producer and sent again by the
 * publisher only after the later ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class NewTopicPublishingIT {

    /** The race hit about one new topic in fifteen with five requests in flight; sixty make missing it unlikely. */
    private static final int TOPICS = 60;
    private static final int RECORDS = 400;

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    TopicAdmin topics;

    @Test
    void recordsSentAsATopicComesIntoBeingArriveOnceInOrder() {
        List<String> sentInOrder = IntStream.range(0, RECORDS).mapToObj(String::valueOf).toList();
        for (int round = 0; round < TOPICS; round++) {
            String topic = "kit-test.new-topic." + UUID.randomUUID();
            topics.ensureTopic(topic);
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (String value : sentInOrder) {
                sends.add(kafka.send(topic, 0, "one-key", value));
            }
            List<String> failed = new ArrayList<>();
            for (CompletableFuture<?> send : sends) {
                send.handle((result, failure) -> failure == null || failed.add(failure.getMessage())).join();
            }

            assertThat(failed).as("sends that failed on new topic %s", topic).isEmpty();
            assertThat(read(topic)).as("records on new topic %s", topic).containsExactlyElementsOf(sentInOrder);
        }
    }

    private static List<String> read(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<String> values = new ArrayList<>();
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofSeconds(1)).forEach(record -> values.add(record.value()));
            }
            return values;
        }
    }
}
