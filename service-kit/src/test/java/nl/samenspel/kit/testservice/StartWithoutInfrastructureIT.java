package nl.samenspel.kit.testservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.kit.web.HandledRequestRetention;
import nl.samenspel.local.FreePorts;
import nl.samenspel.local.LocalKafkaBroker;
import nl.samenspel.local.LocalPostgres;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.TopicReader;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service started while neither PostgreSQL nor Kafka can be reached must not crash: it reports not-ready,
 * keeps trying, and once both are there it migrates its schema, takes commands and publishes their events.
 * The database itself is created only after the server accepts connections, as a fresh server's provisioning
 * does: a missing database is one more "not there yet", not the end of the retries.
 */
class StartWithoutInfrastructureIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void startsNotReadyThenCatchesUpWhenDatabaseAndBrokerArrive(@TempDir Path data) throws Exception {
        int postgresPort = FreePorts.next();
        String database = "provisioned_later";
        LocalKafkaBroker kafka = LocalKafkaBroker.create(0, data.resolve("kafka"));
        ConfigurableApplicationContext service = new SpringApplicationBuilder(KitTestApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database,
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
            Await.until(Duration.ofSeconds(30), "the schema migration tries the server, which has no database yet",
                    () -> schemaState(httpPort).contains("does not exist"));
            createDatabase(postgresPort, database);
            Await.until(Duration.ofSeconds(90), "ready once PostgreSQL and Kafka are there",
                    () -> readinessStatusCode(httpPort) == 200);
            // The scheduler schedules its recurring tasks when it starts, which it waited to do until the schema was there.
            Await.until(Duration.ofSeconds(30), "the recurring upkeep task is scheduled",
                    () -> service.getBean(JdbcTemplate.class).queryForObject("select count(*) from scheduled_tasks"
                            + " where task_name = ?", Integer.class, HandledRequestRetention.TASK) == 1);

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

    private static String schemaState(int port) {
        try {
            return readiness(port).path("components").path("schema").path("details").path("state").asText();
        } catch (Exception e) {
            return "unreadable: " + e;
        }
    }

    private static void createDatabase(int port, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
    }

    private static JsonNode readiness(int port) throws Exception {
        return new ObjectMapper().readTree(HTTP.send(request(port), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static int readinessStatusCode(int port) {
        try {
            return HTTP.send(request(port), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static HttpRequest request(int port) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build();
    }

    private static CloudEvent awaitPublished(LocalKafkaBroker kafka, String subject) {
        var found = TopicReader.readKey(kafka.bootstrapServers(), TallyPublisher.TOPIC, subject, 1);
        assertThat(found).as("published record for " + subject).isNotEmpty();
        return IntegrationEvents.parse(found.get(0).value());
    }
}
