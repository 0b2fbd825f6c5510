package nl.samenspel.kit.testservice;

import nl.samenspel.local.FreePorts;
import nl.samenspel.local.LocalPostgres;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.TestTokenIssuer;
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
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL restarts while clients keep sending commands: the service reports not-ready during the outage,
 * recovers by itself, and every command it acknowledged with 2xx is in the event store afterwards.
 */
class DatabaseRestartIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int CLIENTS = 4;

    @Test
    void noAcknowledgedCommandIsLostWhenPostgresRestartsUnderLoad(@TempDir Path data) throws Exception {
        int postgresPort = FreePorts.next();
        LocalPostgres postgres = LocalPostgres.start(postgresPort, data);
        ConfigurableApplicationContext service = new SpringApplicationBuilder(KitTestApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokenIssuer.get().issuerUri(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokenIssuer.get().jwkSetUri());
        int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Integer> refusedStatuses = ConcurrentHashMap.newKeySet();
        AtomicBoolean sawNotReady = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        try {
            List<Future<?>> load = new java.util.ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                load.add(clients.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        String tally = "restart-" + client + "-" + i;
                        int status = post(port, "/tallies/" + tally + "?amount=1");
                        if (status / 100 == 2) {
                            acknowledged.add(tally);
                        } else {
                            refusedStatuses.add(status);
                        }
                    }
                }));
            }
            load.add(clients.submit(() -> {
                while (running.get()) {
                    if (get(port, "/actuator/health/readiness") == 503) {
                        sawNotReady.set(true);
                    }
                    sleep(200);
                }
            }));

            Await.until(Duration.ofSeconds(30), "load running", () -> acknowledged.size() > 50);
            postgres.close();
            sleep(4000);
            postgres = LocalPostgres.start(postgresPort, data);
            int beforeRecovery = acknowledged.size();
            Await.until(Duration.ofSeconds(60), "commands accepted again after the restart",
                    () -> acknowledged.size() > beforeRecovery + 50);
            running.set(false);
            for (Future<?> f : load) {
                f.get(30, TimeUnit.SECONDS);
            }

            assertThat(sawNotReady).as("readiness reported the outage").isTrue();
            assertThat(refusedStatuses).as("commands refused during the outage get 503, so clients know to retry")
                    .containsExactly(503);
            Set<String> stored = Set.copyOf(new JdbcTemplate(service.getBean(javax.sql.DataSource.class)).queryForList(
                    "select aggregateidentifier from domainevententry where aggregateidentifier like 'restart-%'", String.class));
            assertThat(stored).as("every acknowledged command is stored").containsAll(acknowledged);
            assertThat(get(port, "/actuator/health/readiness")).isEqualTo(200);
        } finally {
            running.set(false);
            clients.shutdownNow();
            service.close();
            postgres.close();
        }
    }

    private static int post(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestTokenIssuer.get().coordinator())
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build());
    }

    private static int get(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build());
    }

    private static int send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
