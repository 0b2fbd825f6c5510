package nl.samenspel.benchmarks.limits;

import nl.samenspel.benchmarks.report.Latencies;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;

/**
 * The broker's own limit: produce-to-consume latency of small records on a scratch topic of the same broker,
 * with the producer settings the services use (acks=all, idempotent, no linger) and a plain consumer polling.
 */
public final class RawKafka {

    private static final String TOPIC = "benchmark.raw-latency";

    private final String bootstrapServers;

    public RawKafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create " + TOPIC, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Sends {@code count} records at {@code perSecond} and times each from send to receipt. */
    public Latencies produceToConsume(int count, double perSecond) {
        Latencies latencies = new Latencies();
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                     ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                     ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            Thread receiver = new Thread(() -> receive(consumer, count, latencies), "raw-kafka-consumer");
            receiver.start();
            long interval = (long) (1e9 / perSecond);
            long next = System.nanoTime();
            for (int i = 0; i < count; i++) {
                LockSupport.parkNanos(next - System.nanoTime());
                next += interval;
                producer.send(new ProducerRecord<>(TOPIC, "key-" + (i % 16), System.nanoTime() + ":" + "x".repeat(400)));
            }
            producer.flush();
            receiver.join(Duration.ofSeconds(30).toMillis());
            return latencies;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void receive(KafkaConsumer<String, String> consumer, int count, Latencies latencies) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (latencies.count() < count && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                long now = System.nanoTime();
                latencies.record(now - Long.parseLong(record.value().substring(0, record.value().indexOf(':'))));
            }
        }
    }
}
