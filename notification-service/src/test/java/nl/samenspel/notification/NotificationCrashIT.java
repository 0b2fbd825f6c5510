package nl.samenspel.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.ServiceProcess;
import nl.samenspel.local.test.TestTokenIssuer;
import nl.samenspel.local.test.WebhookHandshake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two notification-service instances as OS processes (the repackaged jar) deliver to slow receivers; one is killed
 * with SIGKILL in the middle and started again. Every event reaches its receiver, and a {@code webhook-id} arrives
 * twice only when its first POST was cut off by the kill (at least once: the killed instance never learnt the
 * answer); the instances never both deliver the same event. Its own schema and no Kafka listeners: the deliveries
 * are test events, so it shares nothing with the other tests' context.
 */
class NotificationCrashIT {

    private static final String SCHEMA = "notification_crash";
    private static final TestTokenIssuer TOKENS = TestTokenIssuer.get();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START = Duration.ofSeconds(90);
    private static final int SUBSCRIPTIONS = 3;
    private static final int EVENTS_PER_SUBSCRIPTION = 12;
    /** How long a claimed delivery stays an instance's; a delivery it has not recorded by then may be sent again. */
    private static final Duration LEASE = Duration.ofSeconds(2);

    /** One POST as the receiver saw it, from its arrival on. */
    private record Post(String webhookId, Instant arrived, String key) {
    }

    private final List<Post> posts = new CopyOnWriteArrayList<>();
    /** When the answer to a POST (by its key) was sent; none when the sender was gone by then. */
    private final Map<String, Instant> answers = new ConcurrentHashMap<>();
    private final List<ServiceProcess> processes = new ArrayList<>();
    private HttpServer receiver;

    @AfterEach
    void stop() {
        processes.forEach(ServiceProcess::kill);
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void killedMidDeliveryWithASecondInstanceRunningEveryEventArrivesAndNoneTwiceButTheOneCutOff() throws Exception {
        startReceiver();
        sql().execute("drop schema if exists " + SCHEMA + " cascade");
        // Created here, so that the two instances' migrations starting together do not both create it.
        sql().execute("create schema " + SCHEMA);
        ServiceProcess[] instances = CompletableFuture.supplyAsync(() -> instance("first"))
                .thenCombine(CompletableFuture.supplyAsync(() -> instance("second")), (a, b) -> new ServiceProcess[]{a, b})
                .join();
        ServiceProcess killed = instances[0];
        ServiceProcess survivor = instances[1];
        String organisation = UUID.randomUUID().toString();
        List<String> subscriptions = new ArrayList<>();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            subscriptions.add(subscribe(killed, organisation, "/receiver-" + i));
        }

        Set<String> sent = new HashSet<>();
        for (int event = 0; event < EVENTS_PER_SUBSCRIPTION; event++) {
            for (String subscription : subscriptions) {
                sent.add(testEvent(event % 2 == 0 ? killed : survivor, organisation, subscription));
            }
        }
        Await.until(Duration.ofSeconds(30), "a third of the deliveries answered", () -> answered().size() >= sent.size() / 3);
        // The killed instance may still send a POST between the order and its end: both moments bound the checks.
        Instant kill = Instant.now();
        killed.kill();
        Instant dead = Instant.now();
        ServiceProcess restarted = instance("restarted");
        for (String subscription : subscriptions) {
            sent.add(testEvent(restarted, organisation, subscription));
        }
        Await.until(Duration.ofSeconds(45), "every event answered by its receiver", () -> answered().containsAll(sent));

        Map<String, List<Post>> byId = new java.util.HashMap<>();
        posts.forEach(post -> byId.computeIfAbsent(post.webhookId(), id -> new ArrayList<>()).add(post));
        List<String> repeated = byId.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        assertThat(posts).as("a delivery in flight at the kill").anyMatch(post -> post.arrived().isBefore(kill)
                && (answers.get(post.key()) == null || answers.get(post.key()).isAfter(kill)));
        assertThat(byId.keySet()).as("nothing but the events sent").isEqualTo(sent);
        assertThat(repeated).as("repeated only where the kill cut the first POST off; one in flight per subscription")
                .hasSizeLessThanOrEqualTo(SUBSCRIPTIONS)
                .allSatisfy(id -> {
                    Post first = byId.get(id).get(0);
                    Instant answered = answers.get(first.key());
                    assertThat(first.arrived()).isBefore(dead);
                    // Answered, if at all, within a lease before the kill: the killed instance had not recorded it yet.
                    assertThat(answered == null || answered.isAfter(kill.minus(LEASE))).as("answered at %s", answered).isTrue();
                });
        System.out.printf("Crash test: %d events, %d POSTs, %d repeated after the kill%n", sent.size(), posts.size(), repeated.size());
    }

    private ServiceProcess instance(String name) {
        ServiceProcess process = ServiceProcess.start("notification-service", SCHEMA, "notification-crash-" + name,
                // The party-event consumers' group is shared with the other tests' context; these processes must not join it.
                "--spring.kafka.listener.auto-startup=false",
                "--samenspel.notification.local-mode=true",
                "--samenspel.notification.delivery.lease=" + LEASE.toMillis() + "ms",
                "--samenspel.notification.delivery.polling-interval=200ms",
                "--samenspel.notification.delivery.timeout=5s",
                "--samenspel.notification.delivery.retry-delays=0s,300ms,300ms,300ms,300ms");
        synchronized (processes) {
            processes.add(process);
        }
        return process.awaitReady(START);
    }

    /** Answers the handshake; holds every POST 300 ms, so that each instance has deliveries in flight at any moment. */
    private void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/", exchange -> {
            try (exchange) {
                if (WebhookHandshake.answered(exchange)) {
                    return;
                }
                exchange.getRequestBody().readAllBytes();
                Post post = new Post(exchange.getRequestHeaders().getFirst("webhook-id"), Instant.now(), UUID.randomUUID().toString());
                posts.add(post);
                Thread.sleep(300);
                exchange.sendResponseHeaders(204, -1);
                answers.put(post.key(), Instant.now());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        receiver.start();
    }

    private Set<String> answered() {
        Set<String> ids = new HashSet<>();
        posts.stream().filter(post -> answers.containsKey(post.key())).forEach(post -> ids.add(post.webhookId()));
        return ids;
    }

    private String subscribe(ServiceProcess instance, String organisation, String path) throws Exception {
        JsonNode created = post(instance, organisation, "/webhook-subscriptions",
                Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + path), 201);
        assertThat(created.path("subscription").path("status").asText()).isEqualTo("ACTIVE");
        return created.path("subscription").path("id").asText();
    }

    private String testEvent(ServiceProcess instance, String organisation, String subscription) throws Exception {
        return post(instance, organisation, "/webhook-subscriptions/" + subscription + "/test-events", null, 202)
                .path("eventId").asText();
    }

    private static JdbcTemplate sql() {
        return new JdbcTemplate(new DriverManagerDataSource(TestInfrastructure.jdbcUrl(), TestInfrastructure.dbUser(),
                TestInfrastructure.dbPassword()));
    }

    private static JsonNode post(ServiceProcess instance, String organisation, String path, Object body, int expected)
            throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(instance.url(path)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKENS.organisation(organisation))
                .timeout(Duration.ofSeconds(15))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
