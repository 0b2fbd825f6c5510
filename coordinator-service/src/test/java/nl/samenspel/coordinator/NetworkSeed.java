package nl.samenspel.coordinator;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.EventType;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.network.Availability;
import nl.samenspel.events.network.NetworkEvents;
import nl.samenspel.events.network.OrganisationAdmitted;
import nl.samenspel.events.network.OrganisationSuspended;
import nl.samenspel.events.network.SupporterProfile;
import nl.samenspel.events.network.SupporterRegistered;
import nl.samenspel.local.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Talks to the real broker as the network-service and as a subscribing organisation would: plain Kafka clients. */
final class NetworkSeed {

    static final List<String> REGION = List.of("GM1525", "GM0553", "GM0534", "GM0575");

    private NetworkSeed() {
    }

    static void admit(String organisationId, String kind) {
        produce(NetworkEvents.ORGANISATION_ADMITTED, Topics.NETWORK_ORGANISATIONS, organisationId,
                new OrganisationAdmitted(organisationId, "Test organisation", "1234" + organisationId.substring(0, 4).replaceAll("\\D", "0"),
                        kind, REGION, List.of(), LocalDate.parse("2025-01-01")));
    }

    static void suspend(String organisationId) {
        produce(NetworkEvents.ORGANISATION_SUSPENDED, Topics.NETWORK_ORGANISATIONS, organisationId,
                new OrganisationSuspended(organisationId, "Independence declaration under review"));
    }

    static void register(String supporterId, String organisationId, String kind, int capacity) {
        SupporterProfile profile = new SupporterProfile(kind, List.of("CARE_AND_SUPPORT", "LAWS_RULES_AND_OBJECTIONS"),
                List.of("OLDER_PEOPLE"), List.of("nl"), REGION, List.of(), capacity, List.of(), List.of(),
                "FORMAL".equals(kind) ? LocalDate.now().plusYears(1) : null,
                "INFORMAL".equals(kind) ? LocalDate.parse("2025-01-01") : null);
        produce(NetworkEvents.SUPPORTER_REGISTERED, Topics.NETWORK_SUPPORTERS, supporterId,
                new SupporterRegistered(supporterId, organisationId, profile, new Availability("ACTIVE", null, null)));
    }

    private static <T> void produce(EventType<T> type, String topic, String key, T data) {
        send(topic, IntegrationEvents.envelope(type, UUID.randomUUID().toString(), Topics.sourceOf("network-service"),
                key, Instant.now(), null, data));
    }

    /** Sends a ready envelope, keyed by its subject, as its producing service would. */
    static void send(String topic, CloudEvent event) {
        String key = event.subject();
        String type = event.type();
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, IntegrationEvents.toJson(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not seed " + type, e);
        }
    }

    /** Reads a topic from the start until a record with this key and type arrives. */
    static List<ConsumerRecord<String, String>> readUntil(String topic, String key, String type) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "organisation-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long until = System.currentTimeMillis() + 60_000;
            while (found.stream().noneMatch(r -> r.value().contains("\"" + type + "\"")) && System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
