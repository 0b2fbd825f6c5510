package nl.samenspel.notification.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TestTokenIssuer;
import nl.samenspel.local.test.WebhookHandshake;
import nl.samenspel.notification.SharedContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static nl.samenspel.notification.AddressedEvents.offer;
import static nl.samenspel.notification.AddressedEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receiver example of the README ({@code examples/WebhookReceiver.java}, compiled here from that file) verifies
 * real deliveries of this service: it accepts what was signed, and refuses a changed body, an old timestamp and the
 * wrong secret; during a secret rotation either secret verifies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SharedContext.PROPERTIES)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class WebhookReceiverExampleIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final TestTokenIssuer TOKENS = TestTokenIssuer.get();
    private static final Map<String, Delivery> RECEIVED = new ConcurrentHashMap<>();
    private static HttpServer receiver;
    private static Method verify;

    @Autowired
    TestRestTemplate rest;

    private record Delivery(String id, String timestamp, String signature, byte[] body) {
    }

    @BeforeAll
    static void receiverAndExample() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            try (exchange) {
                if (WebhookHandshake.answered(exchange)) {
                    return;
                }
                byte[] body = exchange.getRequestBody().readAllBytes();
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                RECEIVED.put(id, new Delivery(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), body));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        verify = compiledExample().getDeclaredMethod("verify", String.class, String.class, String.class, byte[].class,
                String.class, Instant.class);
        verify.setAccessible(true);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void theExampleVerifiesARealDeliveryAndRefusesAChangedBodyAnOldTimestampAndTheWrongSecret() throws Exception {
        String organisation = UUID.randomUUID().toString();
        String secret = subscribe(organisation);
        Delivery delivery = deliveredOffer(organisation);
        Instant now = Instant.now();
        byte[] changed = Arrays.copyOf(delivery.body(), delivery.body().length);
        changed[changed.length / 2] ^= 1;

        assertThat(verifies(secret, delivery, delivery.body(), now)).isTrue();
        assertThat(verifies(secret, delivery, changed, now)).as("changed body").isFalse();
        assertThat(verifies(secret, delivery, delivery.body(), now.plus(Duration.ofMinutes(6)))).as("old timestamp").isFalse();
        assertThat(verifies("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]), delivery,
                delivery.body(), now)).as("wrong secret").isFalse();
        JsonNode event = new com.fasterxml.jackson.databind.ObjectMapper().readTree(delivery.body());
        assertThat(event.path("id").asText()).as("webhook-id is the CloudEvents id").isEqualTo(delivery.id());
    }

    @Test
    void duringARotationBothSecretsVerify() throws Exception {
        String organisation = UUID.randomUUID().toString();
        String previous = subscribe(organisation);
        String id = rest.exchange("/webhook-subscriptions", HttpMethod.GET, request(organisation, null), JsonNode.class)
                .getBody().get(0).path("id").asText();
        String current = rest.exchange("/webhook-subscriptions/" + id + "/secret-rotation", HttpMethod.POST,
                request(organisation, null), JsonNode.class).getBody().path("secret").asText();
        Delivery delivery = deliveredOffer(organisation);

        assertThat(delivery.signature().split(" ")).hasSize(2);
        assertThat(verifies(previous, delivery, delivery.body(), Instant.now())).isTrue();
        assertThat(verifies(current, delivery, delivery.body(), Instant.now())).isTrue();
    }

    private String subscribe(String organisation) {
        ResponseEntity<JsonNode> created = rest.exchange("/webhook-subscriptions", HttpMethod.POST, request(organisation,
                Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/" + organisation)), JsonNode.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody().path("subscription").path("status").asText()).isEqualTo("ACTIVE");
        return created.getBody().path("secret").asText();
    }

    private static Delivery deliveredOffer(String organisation) {
        String caseReference = UUID.randomUUID().toString();
        CloudEvent offered = publish(organisation, CoordinatorEvents.CASE_OFFERED, caseReference,
                offer(caseReference, organisation, Instant.now(), Instant.now().plus(Duration.ofDays(3))));
        Await.until(WAIT, "the offer delivered to the receiver", () -> RECEIVED.containsKey(offered.id()));
        return RECEIVED.get(offered.id());
    }

    private static boolean verifies(String secret, Delivery delivery, byte[] body, Instant now) throws Exception {
        return (boolean) verify.invoke(null, secret, delivery.id(), delivery.timestamp(), body, delivery.signature(), now);
    }

    /** Compiles the example exactly as a receiver's developer gets it: the JDK's modules, nothing on the class path. */
    private static Class<?> compiledExample() throws IOException, ClassNotFoundException {
        Path source = Path.of("examples/WebhookReceiver.java");
        Path classes = Files.createTempDirectory("webhook-receiver-example");
        int result = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString());
        assertThat(result).as("examples/WebhookReceiver.java compiles with the JDK alone").isZero();
        return new URLClassLoader(new java.net.URL[]{classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader()).loadClass("WebhookReceiver");
    }

    private static HttpEntity<Object> request(String organisation, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TOKENS.organisation(organisation));
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return new HttpEntity<>(body, new HttpHeaders(headers));
    }
}
