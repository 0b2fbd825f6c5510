package nl.samenspel.kit.testservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.local.LocalKafkaBroker;
import nl.samenspel.local.LocalPostgres;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service started while neither PostgreSQL nor Kafka can be reached must not crash: it reports not-ready,
 * keeps trying, and once both are there it migrates its schema, takes commands and publishes their events.
 */
class StartWithoutInfrastructureIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void startsNotReadyThenCatchesUpWhenDatabaseAndBrokerArrive(@TempDir Path data) throws Exception {
        int postgresPort = freePort();
        LocalKafkaBroker kafka = LocalKafkaBroker.create(0, data.resolve("kafka"));
        ConfigurableApplicationContext service = new SpringApplicationBuilder(KitTestApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + LocalPostgres.DATABASE,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
        LocalPostgres postgres = null;
        try {
            int httpPort = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
            JsonNode notReady = readiness(httpPort);
            assertThat(notReady.path("status").asText()).isEqualTo("DOWN");
            assertThat(notReady.path("components").path("schema").path("status").asText()).isEqualTo("DOWN");
            assertThat(readinessStatusCode(httpPort)).isEqualTo(503);

            postgres = LocalPostgres.start(postgresPort, data.resolve("postgres"));
            kafka.start();
            awaitReady(httpPort);

            String tally = "tally-" + UUID.randomUUID();
            service.getBean(CommandGateway.class).sendAndWait(new RecordTallyCommand(tally, 7));
            assertThat(awaitPublished(kafka, tally)).extracting(event -> event.data().get("amount").asInt()).isEqualTo(7);
        } finally {
            service.close();
            kafka.close();
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private static JsonNode readiness(int port) throws Exception {
        return new ObjectMapper().readTree(HTTP.send(request(port), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static int readinessStatusCode(int port) throws Exception {
        return HTTP.send(request(port), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest request(int port) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build();
    }

    private static void awaitReady(int port) throws Exception {
        long until = System.currentTimeMillis() + 90_000;
        while (readinessStatusCode(port) != 200) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("Not ready within 90 s: " + readiness(port));
            }
            Thread.sleep(500);
        }
    }

    private static CloudEvent awaitPublished(LocalKafkaBroker kafka, String subject) {
        List<CloudEvent> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "start-without-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TallyPublisher.TOPIC));
            long until = System.currentTimeMillis() + 60_000;
            while (found.isEmpty() && System.currentTimeMillis() < until) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (subject.equals(record.key())) {
                        found.add(IntegrationEvents.parse(record.value()));
                    }
                });
            }
        }
        assertThat(found).as("published record for " + subject).isNotEmpty();
        return found.get(0);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
