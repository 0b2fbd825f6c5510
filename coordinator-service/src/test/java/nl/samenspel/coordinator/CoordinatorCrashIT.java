package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.DeliveryCheck;
import nl.samenspel.local.test.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator-service as its own OS process (the repackaged jar), killed with SIGKILL in the middle of a batch
 * of commands and started again: every acknowledged command is stored, the tracking processors resume and publish
 * every committed event once in effect (same id at most), in order, and an acceptance deadline that was pending at
 * the kill fires after the restart. Runs in its own schema and without Kafka listeners, so it shares nothing with
 * the other tests' services but the topics, where it only writes keys of its own.
 */
class CoordinatorCrashIT {

    private static final String SCHEMA = "coordinator_crash";
    private static final int ACKNOWLEDGED_BEFORE_KILL = 25;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void killedMidBatchTheServiceResumesPublishesEverythingOnceInEffectAndItsPendingDeadlineFires() throws Exception {
        String organisation = UUID.randomUUID().toString();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        String overdue;

        // Deadlines are due at once (0 working days) but the first process only looks for due ones every 10 minutes.
        ServiceProcess first = start("10m", 1);
        try {
            sql().update("insert into " + SCHEMA + ".network_organisation values (?, '87654321', false, 'ADMITTED')"
                    + " on conflict do nothing", organisation);
            overdue = openAndDispatch(first, organisation, "HIGH");
            AtomicBoolean alive = new AtomicBoolean(true);
            CompletableFuture<Void> batch = CompletableFuture.runAsync(() -> {
                while (alive.get()) {
                    try {
                        acknowledged.add(openAndDispatch(first, organisation, "NORMAL"));
                    } catch (IOException | RuntimeException refused) {
                        alive.set(false);
                    }
                }
            });
            Await.until(Duration.ofSeconds(60), "part of the batch acknowledged", () -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
            first.kill();
            batch.join();
        } finally {
            first.kill();
        }

        ServiceProcess second = start("1s", 2);
        try {
            Await.until(Duration.ofSeconds(60), "the pending acceptance deadline fired", () -> sql().queryForObject(
                    "select count(*) from " + SCHEMA + ".domainevententry where aggregateidentifier = ?"
                            + " and payloadtype like '%OfferExpiredEvent'", Integer.class, overdue) == 1);
            for (String reference : acknowledged) {
                assertThat(committedIds(reference)).as("acknowledged case %s: opened and dispatched", reference).hasSize(2);
            }
            Map<String, List<String>> committed = new LinkedHashMap<>();
            sql().queryForList("select distinct aggregateidentifier from " + SCHEMA + ".domainevententry", String.class)
                    .forEach(reference -> committed.put(reference, committedIds(reference)));
            int repeated = DeliveryCheck.assertDeliveredInOrder(TestInfrastructure.kafka().bootstrapServers(),
                    Topics.COORDINATOR_CASE_LIFECYCLE, committed, value -> IntegrationEvents.parse(value).id());
            System.out.printf("Crash test: %d commands acknowledged before the kill, %d cases stored, %d records repeated%n",
                    acknowledged.size() * 2 + 2, committed.size(), repeated);
        } finally {
            second.kill();
        }
    }

    private static String openAndDispatch(ServiceProcess service, String organisation, String urgency) throws IOException {
        String reference = JSON.readTree(post(service, "/cases", Map.of("residentPseudonym", "R-CRASH", "municipalityCode", "GM0553",
                "lifeDomains", List.of("HOUSING"), "targetGroups", List.of("OLDER_PEOPLE"), "phase", "ORIENTATION",
                "urgency", urgency))).path("caseReference").asText();
        post(service, "/cases/" + reference + "/dispatch", Map.of("organisationId", organisation));
        return reference;
    }

    private static String post(ServiceProcess service, String path, Object body) throws IOException {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service.url(path)))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + Callers.TOKENS.coordinator())
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> committedIds(String reference) {
        return sql().queryForList("select eventidentifier from " + SCHEMA + ".domainevententry where aggregateidentifier = ?"
                + " order by sequencenumber", String.class, reference);
    }

    private static JdbcTemplate sql() {
        return new JdbcTemplate(new DriverManagerDataSource(TestInfrastructure.jdbcUrl(), TestInfrastructure.dbUser(),
                TestInfrastructure.dbPassword()));
    }

    /** Starts the service's repackaged jar and waits until it is ready. */
    private static ServiceProcess start(String deadlinePolling, int run) {
        return ServiceProcess.start("coordinator-service", SCHEMA, "coordinator-crash-" + run,
                // The network consumer's group is shared with the other tests' coordinator; this process must not join it.
                "--spring.kafka.listener.auto-startup=false",
                "--samenspel.cases.acceptance-working-days.HIGH=0",
                "--samenspel.deadlines.polling-interval=" + deadlinePolling).awaitReady(Duration.ofSeconds(120));
    }
}
