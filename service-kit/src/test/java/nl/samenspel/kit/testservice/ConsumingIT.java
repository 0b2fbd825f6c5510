package nl.samenspel.kit.testservice;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.network.NetworkEvents;
import nl.samenspel.events.network.OrganisationSuspended;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TestTokenIssuer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consuming integration events through the kit's inbox against a real broker and database: a redelivered event
 * has its effect once, and a record that cannot be handled is parked where an operator sees it, without
 * stopping the records behind it, and can be retried after a fix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class ConsumingIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;

    @Test
    void aRedeliveredEventHasItsEffectOnce() {
        CloudEvent suspension = suspension("org-" + UUID.randomUUID());

        send(suspension.subject(), IntegrationEvents.toJson(suspension));
        send(suspension.subject(), IntegrationEvents.toJson(suspension));
        CloudEvent marker = suspension("org-" + UUID.randomUUID());
        send(marker.subject(), IntegrationEvents.toJson(marker));

        Await.until(Duration.ofSeconds(60), "the marker event arrived", () -> seen(marker.id()) == 1);
        assertThat(seen(suspension.id())).isEqualTo(1);
    }

    @Test
    void aPoisonRecordIsParkedAndTheRecordsBehindItStillArrive() {
        String key = "org-" + UUID.randomUUID();
        send(key, "{ this is not a CloudEvent");
        CloudEvent behind = suspension(key);
        send(key, IntegrationEvents.toJson(behind));

        Await.until(Duration.ofSeconds(60), "the record behind the poison arrived", () -> seen(behind.id()) == 1);
        JsonNode parked = deadLetters();
        assertThat(parked.findValuesAsText("key")).contains(key);
        assertThat(parked.toString()).contains("PoisonRecordException");
    }

    @Test
    void aRecordThatFailsIsParkedAndCanBeRetriedAfterAFix() {
        CloudEvent failing = suspension(SuspensionConsumer.BROKEN_ORGANISATION);
        send(failing.subject(), IntegrationEvents.toJson(failing));

        Await.until(Duration.ofSeconds(60), "the failing record was parked", () -> jdbc.queryForObject("select count(*) from kafka_dead_letter where record_key = ? and retried_at is null",
                Integer.class, failing.subject()) == 1);
        assertThat(seen(failing.id())).isZero();
        long id = jdbc.queryForObject("select id from kafka_dead_letter where record_key = ? and retried_at is null",
                Long.class, failing.subject());

        SuspensionConsumer.REPAIRED.add(SuspensionConsumer.BROKEN_ORGANISATION);
        JsonNode retried = asAdministrator(org.springframework.http.HttpMethod.POST, "/operations/kafka-dead-letters/" + id + "/retry");

        assertThat(retried.path("retriedAt").isNull()).isFalse();
        assertThat(seen(failing.id())).isEqualTo(1);
    }

    @Test
    void retryingAllRetriesEveryParkedRecordAndKeepsTheOnesThatStillFailParked() {
        CloudEvent fixed = suspension(SuspensionConsumer.BROKEN_ORGANISATION + "-" + UUID.randomUUID());
        CloudEvent stillBroken = suspension(SuspensionConsumer.BROKEN_ORGANISATION + "-" + UUID.randomUUID());
        send(fixed.subject(), IntegrationEvents.toJson(fixed));
        send(stillBroken.subject(), IntegrationEvents.toJson(stillBroken));
        Await.until(Duration.ofSeconds(60), "both failing records were parked", () -> jdbc.queryForObject(
                "select count(*) from kafka_dead_letter where record_key in (?, ?) and retried_at is null",
                Integer.class, fixed.subject(), stillBroken.subject()) == 2);

        SuspensionConsumer.REPAIRED.add(fixed.subject());
        JsonNode tried = asAdministrator(org.springframework.http.HttpMethod.POST, "/operations/kafka-dead-letters/retry");

        assertThat(tried.findValuesAsText("key")).contains(fixed.subject(), stillBroken.subject());
        assertThat(seen(fixed.id())).isEqualTo(1);
        assertThat(seen(stillBroken.id())).isZero();
        JsonNode stillParked = deadLetters();
        assertThat(letterOf(stillParked, fixed.subject()).path("retriedAt").isNull()).isFalse();
        assertThat(letterOf(stillParked, stillBroken.subject()).path("retriedAt").isNull()).isTrue();
        assertThat(letterOf(stillParked, stillBroken.subject()).path("error").asText()).contains("cannot handle this organisation yet");

        SuspensionConsumer.REPAIRED.add(stillBroken.subject());
        asAdministrator(org.springframework.http.HttpMethod.POST, "/operations/kafka-dead-letters/retry");
        assertThat(seen(stillBroken.id())).isEqualTo(1);
        assertThat(seen(fixed.id())).isEqualTo(1);
    }

    private static JsonNode letterOf(JsonNode letters, String key) {
        for (JsonNode letter : letters) {
            if (key.equals(letter.path("key").asText())) {
                return letter;
            }
        }
        throw new AssertionError("no dead letter with key " + key + " in " + letters);
    }

    private int seen(String eventId) {
        return jdbc.queryForObject("select count(*) from suspension_seen where event_id = ?", Integer.class, eventId);
    }

    private JsonNode deadLetters() {
        return asAdministrator(org.springframework.http.HttpMethod.GET, "/operations/kafka-dead-letters");
    }

    private JsonNode asAdministrator(org.springframework.http.HttpMethod method, String path) {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setBearerAuth(TestTokenIssuer.get().administrator());
        return http.exchange(path, method, new org.springframework.http.HttpEntity<>(headers), JsonNode.class).getBody();
    }

    private static CloudEvent suspension(String organisationId) {
        return IntegrationEvents.envelope(NetworkEvents.ORGANISATION_SUSPENDED, UUID.randomUUID().toString(),
                "/samenspel/network-service", organisationId, Instant.now(), null,
                new OrganisationSuspended(organisationId, "complaints under investigation"));
    }

    private static void send(String key, String value) {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(SuspensionConsumer.TOPIC, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
