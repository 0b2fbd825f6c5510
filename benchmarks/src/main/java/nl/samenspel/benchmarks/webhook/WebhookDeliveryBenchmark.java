package nl.samenspel.benchmarks.webhook;

import com.sun.net.httpserver.HttpServer;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CaseOffered;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.local.LocalPostgres;
import nl.samenspel.local.test.WebhookHandshake;
import nl.samenspel.notification.NotificationApplication;
import nl.samenspel.platform.LocalPlatform;
import nl.samenspel.platform.PlatformSettings;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * Webhook deliveries on loopback ({@code ./run-benchmarks.sh --webhooks}): the local platform with the
 * notification-service's production delivery settings, one verified subscription for each of 20 organisations, a
 * receiver in this JVM answering 204 at once. Offers are published on the organisations' handover topics as the
 * coordinator-service does ({@code acks=all}); an event's commit is the broker's acknowledgement of its record, its
 * receipt the first POST with its {@code webhook-id}. Prints deliveries per second for a burst, and the p50/p99 from
 * commit to receipt at a steady rate well under that.
 */
public final class WebhookDeliveryBenchmark {

    private static final int ORGANISATIONS = 20;
    private static final int BURST = 4_000;
    private static final int PACED_PER_SECOND = 20;
    private static final Duration PACED = Duration.ofSeconds(20);
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Long> committed = new ConcurrentHashMap<>();
    private final Map<String, Long> received = new ConcurrentHashMap<>();
    private final List<String> organisations = new ArrayList<>();
    private final LocalPlatform platform;
    private final KafkaProducer<String, String> producer;
    private HttpServer receiver;

    private WebhookDeliveryBenchmark(LocalPlatform platform) {
        this.platform = platform;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("spring.main.banner-mode", "off");
        // Commits as in production (flushed to disk).
        System.setProperty(LocalPostgres.DURABLE, "true");
        try (LocalPlatform platform = LocalPlatform.start(new PlatformSettings(null, 0, 0, 0, 0, 0, false))) {
            WebhookDeliveryBenchmark benchmark = new WebhookDeliveryBenchmark(platform);
            try {
                benchmark.subscribe();
                double perSecond = benchmark.burst();
                long[] latencies = benchmark.paced();
                System.out.printf("%nWebhook deliveries on loopback (%d subscriptions, production delivery settings)%n", ORGANISATIONS);
                System.out.printf("  burst of %d events: %.0f deliveries/s%n", BURST, perSecond);
                System.out.printf("  %d events/s for %d s, commit -> receipt: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d events)%n",
                        PACED_PER_SECOND, PACED.toSeconds(), millis(latencies, 0.50), millis(latencies, 0.99),
                        latencies[latencies.length - 1] / 1e6, latencies.length);
            } finally {
                benchmark.producer.close();
                benchmark.receiver.stop(0);
            }
        }
        // Kafka's and the services' non-daemon threads linger for seconds; we are finished.
        System.exit(0);
    }

    /** The receiver, a verified subscription per organisation, and one event each, which also creates its topic. */
    private void subscribe() throws IOException, InterruptedException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        receiver.setExecutor(Executors.newFixedThreadPool(16));
        receiver.createContext("/", exchange -> {
            try (exchange) {
                if (WebhookHandshake.answered(exchange)) {
                    return;
                }
                exchange.getRequestBody().readAllBytes();
                received.putIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), System.nanoTime());
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        int port = platform.portOf(NotificationApplication.class);
        for (int i = 0; i < ORGANISATIONS; i++) {
            String organisation = UUID.randomUUID().toString();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhook-subscriptions"))
                    .header("Authorization", "Bearer " + platform.tokens().organisation(organisation))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort()
                            + "/" + organisation + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201 || !created.body().contains("\"ACTIVE\"")) {
                throw new IllegalStateException("Subscription not created and verified: " + created.statusCode() + " " + created.body());
            }
            organisations.add(organisation);
        }
        List<String> first = new ArrayList<>();
        organisations.forEach(organisation -> first.add(publish(organisation)));
        // New topics are found when the consumer refreshes its metadata, every 30 s by default.
        await(first);
    }

    private double burst() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            ids.add(publish(organisations.get(i % ORGANISATIONS)));
        }
        producer.flush();
        await(ids);
        long start = ids.stream().mapToLong(committed::get).min().orElseThrow();
        long end = ids.stream().mapToLong(received::get).max().orElseThrow();
        return ids.size() / ((end - start) / 1e9);
    }

    private long[] paced() {
        List<String> ids = new ArrayList<>();
        long interval = 1_000_000_000L / PACED_PER_SECOND;
        long next = System.nanoTime();
        for (int i = 0; i < PACED_PER_SECOND * PACED.toSeconds(); i++) {
            LockSupport.parkNanos(next - System.nanoTime());
            next += interval;
            ids.add(publish(organisations.get(i % ORGANISATIONS)));
        }
        await(ids);
        return ids.stream().mapToLong(id -> received.get(id) - committed.get(id)).sorted().toArray();
    }

    /** Publishes an offer to the organisation; its commit time is taken when the broker acknowledges it. */
    private String publish(String organisation) {
        String id = UUID.randomUUID().toString();
        String caseReference = "case-" + UUID.randomUUID();
        Instant now = Instant.now();
        String value = IntegrationEvents.toJson(IntegrationEvents.envelope(CoordinatorEvents.CASE_OFFERED, id,
                Topics.sourceOf("coordinator-service"), caseReference, now, null,
                new CaseOffered(caseReference, organisation, "PSN-BENCH", "GM0553", List.of("CARE_AND_SUPPORT"),
                        List.of("OLDER_PEOPLE"), "NORMAL", null, now.plus(Duration.ofDays(3)), now, null)));
        producer.send(new ProducerRecord<>(Topics.handoversFor(organisation), caseReference, value), (metadata, failure) -> {
            if (failure == null) {
                committed.put(id, System.nanoTime());
            }
        });
        return id;
    }

    private void await(List<String> ids) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!ids.stream().allMatch(id -> received.containsKey(id) && committed.containsKey(id))) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("Not every event was delivered within " + PATIENCE);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
