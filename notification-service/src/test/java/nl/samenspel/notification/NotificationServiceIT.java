package nl.samenspel.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CaseOffered;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.events.network.NetworkEvents;
import nl.samenspel.events.network.OrganisationLeft;
import nl.samenspel.events.signalling.SignallingEvents;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.ApiDocumentCheck;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TestTokenIssuer;
import nl.samenspel.notification.TestReceiver.Answer;
import nl.samenspel.notification.TestReceiver.Received;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The notification-service against a real PostgreSQL, a real Kafka broker and real HTTP receivers on loopback: events
 * on a party's topic reach that party's verified webhooks, signed, retried, failed and resent; the feed catches up.
 * Retries are fast here (0 s, 300 ms, 300 ms, 300 ms) so the whole schedule runs in a second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SharedContext.PROPERTIES)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class NotificationServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final TestTokenIssuer TOKENS = TestTokenIssuer.get();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, String> producer;
    private static TestReceiver receiver;

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeAll
    static void startReceiverAndProducer() {
        receiver = new TestReceiver();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void stop() {
        producer.close();
        receiver.close();
    }

    @Test
    void aHandoverEventReachesOnlyItsOwnOrganisationsVerifiedWebhookSignedAndAsTheKafkaRecord() throws Exception {
        String a = organisation();
        String b = organisation();
        receiver.acceptingHandshake("/a").acceptingHandshake("/b");
        Map<?, ?> created = register(TOKENS.organisation(a), "/a").getBody();
        register(TOKENS.organisation(b), "/b");
        String unverified = id(register(TOKENS.organisation(a), "/a-unverified"));
        assertThat(((Map<?, ?>) created.get("subscription")).get("status")).isEqualTo("ACTIVE");

        String record = offer(a, "case-" + UUID.randomUUID());
        Received delivered = awaitPosts("/a", 1).get(0);
        String forB = offer(b, "case-" + UUID.randomUUID());
        awaitPosts("/b", 1);

        assertThat(delivered.body()).isEqualTo(record);
        assertThat(delivered.header("Content-Type")).startsWith("application/cloudevents+json");
        assertThat(delivered.header("webhook-id")).isEqualTo(IntegrationEvents.parse(record).id());
        assertThatNoException().isThrownBy(() -> new Webhook((String) created.get("secret"))
                .verify(delivered.body(), delivered.lowerCaseHeaders()));
        assertThat(receiver.posts("/b")).extracting(Received::body).containsExactly(forB);
        assertThat(receiver.posts("/a")).hasSize(1);
        assertThat(receiver.posts("/a-unverified")).extracting(post -> type(post.body()))
                .as("an unverified receiver gets its verification event only")
                .containsExactly("nl.samenspel.notification.webhook-verification.v1");
        assertThat(get(TOKENS.organisation(a), "/webhook-subscriptions/" + unverified).getBody().get("status"))
                .isEqualTo("UNVERIFIED");
        assertThat(created.toString()).contains("whsec_");
        assertThat(http.exchange("/webhook-subscriptions", HttpMethod.GET, auth(TOKENS.organisation(a)), String.class)
                .getBody()).doesNotContain("whsec_").doesNotContain("secret");
    }

    @Test
    void aReceiverThatCannotAnswerTheHandshakeIsActivatedByTheCodeInItsSignedVerificationEvent() throws Exception {
        String org = organisation();
        ResponseEntity<Map> created = register(TOKENS.organisation(org), "/by-code");
        String id = id(created);
        Received verification = awaitPosts("/by-code", 1).get(0);
        assertThatNoException().isThrownBy(() -> new Webhook((String) created.getBody().get("secret"))
                .verify(verification.body(), verification.lowerCaseHeaders()));
        String code = JSON.readTree(verification.body()).path("data").path("verificationCode").asText();

        ResponseEntity<Map> wrong = post(TOKENS.organisation(org), "/webhook-subscriptions/" + id + "/verification",
                Map.of("code", "WRONGCODE1"));
        ResponseEntity<Map> right = post(TOKENS.organisation(org), "/webhook-subscriptions/" + id + "/verification",
                Map.of("code", code));
        String record = offer(org, "case-" + UUID.randomUUID());

        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(wrong.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(right.getBody().get("status")).isEqualTo("ACTIVE");
        assertThat(awaitPosts("/by-code", 2).get(1).body()).isEqualTo(record);
    }

    @Test
    void a503WithRetryAfterIsTriedAgainNoEarlierThanTheReceiverAsked() {
        String org = organisation();
        receiver.acceptingHandshake("/busy").thenAnswer("/busy", new Answer(503, Map.of("Retry-After", "1")));
        register(TOKENS.organisation(org), "/busy");

        offer(org, "case-" + UUID.randomUUID());
        List<Received> posts = awaitPosts("/busy", 2);

        assertThat(Duration.between(posts.get(0).at(), posts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(posts.get(1).header("webhook-id")).isEqualTo(posts.get(0).header("webhook-id"));
    }

    @Test
    void aReceiverAnswering410HasItsSubscriptionDisabledAndGetsNothingMore() {
        String org = organisation();
        receiver.acceptingHandshake("/gone").acceptingHandshake("/gone-witness").alwaysAnswer("/gone", Answer.of(410));
        String gone = id(register(TOKENS.organisation(org), "/gone"));
        register(TOKENS.organisation(org), "/gone-witness");

        offer(org, "case-" + UUID.randomUUID());
        awaitPosts("/gone", 1);
        Await.until(PATIENCE, "the subscription disabled", () -> "DISABLED".equals(
                get(TOKENS.organisation(org), "/webhook-subscriptions/" + gone).getBody().get("status")));
        offer(org, "case-" + UUID.randomUUID());
        awaitPosts("/gone-witness", 2);

        assertThat(receiver.posts("/gone")).hasSize(1);
        assertThat((String) get(TOKENS.organisation(org), "/webhook-subscriptions/" + gone).getBody().get("disabledReason"))
                .contains("410");
    }

    @Test
    void aSubscriptionWithNothingButFailuresForFiveDaysIsDisabledAndOneThatFailedLessLongIsNot() {
        String org = organisation();
        receiver.acceptingHandshake("/failing-long").acceptingHandshake("/failing-briefly")
                .alwaysAnswer("/failing-long", Answer.of(500)).alwaysAnswer("/failing-briefly", Answer.of(500));
        String failingLong = id(register(TOKENS.organisation(org), "/failing-long"));
        String failingBriefly = id(register(TOKENS.organisation(org), "/failing-briefly"));
        offer(org, "case-" + UUID.randomUUID());
        Await.until(PATIENCE, "both subscriptions failing", () -> jdbc.queryForObject(
                "select count(*) from webhook_subscription where id in (?, ?) and failing_since is not null", Integer.class,
                UUID.fromString(failingLong), UUID.fromString(failingBriefly)) == 2);

        // Five days pass for one of them only; the upkeep task is then due at once instead of in ten minutes.
        jdbc.update("update webhook_subscription set failing_since = now() - interval '5 days 1 minute' where id = ?",
                UUID.fromString(failingLong));
        jdbc.update("update scheduled_tasks set execution_time = now() where task_name = 'disable-failing-webhooks'");

        Await.until(PATIENCE, "the long-failing subscription disabled", () -> "DISABLED".equals(
                get(TOKENS.organisation(org), "/webhook-subscriptions/" + failingLong).getBody().get("status")));
        assertThat((String) get(TOKENS.organisation(org), "/webhook-subscriptions/" + failingLong).getBody()
                .get("disabledReason")).contains("5 days");
        assertThat(get(TOKENS.organisation(org), "/webhook-subscriptions/" + failingBriefly).getBody().get("status"))
                .isEqualTo("ACTIVE");
    }

    @Test
    void aReceiverDownPastTheLastAttemptShowsFailedDeliveriesWithEveryAttemptAndAResendBringsThemOver() {
        String org = organisation();
        // The first answer is a redirect: a failure, never followed.
        receiver.acceptingHandshake("/down")
                .thenAnswer("/down", new Answer(302, Map.of("Location", receiver.url("/elsewhere"))))
                .alwaysAnswer("/down", Answer.of(500));
        String id = id(register(TOKENS.organisation(org), "/down"));
        Instant before = Instant.now();

        String record = offer(org, "case-" + UUID.randomUUID());
        awaitPosts("/down", 4);
        Await.until(PATIENCE, "a FAILED delivery", () -> !failed(org, id).isEmpty());
        List<Map<String, Object>> failed = failed(org, id);
        receiver.alwaysAnswer("/down", Answer.of(204));
        ResponseEntity<Map> resent = post(TOKENS.organisation(org), "/webhook-subscriptions/" + id + "/deliveries/resend",
                Map.of("since", before.toString()));
        List<Received> posts = awaitPosts("/down", 5);

        assertThat(failed).hasSize(1);
        List<Map<String, Object>> attempts = (List<Map<String, Object>>) failed.get(0).get("attempts");
        assertThat(attempts).extracting(attempt -> attempt.get("statusCode")).containsExactly(302, 500, 500, 500);
        assertThat((String) attempts.get(0).get("error")).contains("redirects are not followed");
        assertThat(receiver.all("/elsewhere")).isEmpty();
        assertThat(resent.getBody().get("resent")).isEqualTo(1);
        assertThat(posts.get(4).body()).isEqualTo(record);
        assertThat(posts).extracting(post -> post.header("webhook-id")).containsOnly(IntegrationEvents.parse(record).id());
        Await.until(PATIENCE, "no FAILED delivery left", () -> failed(org, id).isEmpty());
    }

    @Test
    void aCasesEventsArriveInOrderWhenTheReceiverFailsAFewTimes() {
        String org = organisation();
        receiver.acceptingHandshake("/flaky").thenAnswer("/flaky", Answer.of(503), Answer.of(503));
        register(TOKENS.organisation(org), "/flaky");
        String caseReference = "case-" + UUID.randomUUID();

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(IntegrationEvents.parse(offer(org, caseReference)).id());
        }
        awaitPosts("/flaky", 5);

        LinkedHashSet<String> firstSeen = new LinkedHashSet<>();
        receiver.posts("/flaky").forEach(post -> firstSeen.add(post.header("webhook-id")));
        assertThat(firstSeen).containsExactlyElementsOf(ids);
    }

    @Test
    void anotherPartysSubscriptionIsAnsweredAsOneThatDoesNotExistAndAPartyHasAtMostFive() {
        String owner = organisation();
        String other = organisation();
        String id = id(register(TOKENS.organisation(owner), "/owned"));

        ResponseEntity<String> othersView = http.exchange("/webhook-subscriptions/" + id, HttpMethod.GET,
                auth(TOKENS.organisation(other)), String.class);
        ResponseEntity<String> nonexistent = http.exchange("/webhook-subscriptions/" + UUID.randomUUID(), HttpMethod.GET,
                auth(TOKENS.organisation(other)), String.class);
        ResponseEntity<String> municipality = http.exchange("/webhook-subscriptions/" + id, HttpMethod.DELETE,
                auth(TOKENS.municipality("GM0553")), String.class);
        for (int i = 0; i < 4; i++) {
            register(TOKENS.organisation(owner), "/owned-" + i);
        }
        ResponseEntity<Map> sixth = register(TOKENS.organisation(owner), "/owned-6");

        assertThat(othersView.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(withoutInstance(othersView.getBody())).isEqualTo(withoutInstance(nonexistent.getBody()));
        assertThat(nonexistent.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(municipality.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(TOKENS.organisation(owner), "/webhook-subscriptions/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sixth.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(http.exchange("/webhook-subscriptions", HttpMethod.GET, auth(TOKENS.organisation(owner)), List.class)
                .getBody()).hasSize(5);
    }

    @Test
    void aReceiverUrlToAPrivateAddressOrWithUserInfoIsRefusedAndStoresNothing() {
        String org = organisation();
        for (String url : List.of("http://10.0.0.8/hooks", "https://169.254.169.254/latest", "https://user:pw@127.0.0.1/x",
                "http://192.168.1.1:8080/")) {
            ResponseEntity<Map> refused = post(TOKENS.organisation(org), "/webhook-subscriptions", Map.of("url", url));
            assertThat(refused.getStatusCode()).as(url).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        }
        assertThat(http.exchange("/webhook-subscriptions", HttpMethod.GET, auth(TOKENS.organisation(org)), List.class)
                .getBody()).isEmpty();
    }

    @Test
    void theFeedReturnsExactlyThePartysOwnEventsAfterACursorInOrderAndAnotherPartysFeedIsForbidden() throws Exception {
        String org = organisation();
        String neighbour = organisation();
        String caseReference = "case-" + UUID.randomUUID();
        // One case, so one partition: Kafka keeps them in this order.
        List<String> records = List.of(offer(org, caseReference), offer(org, caseReference), offer(org, caseReference));
        offer(neighbour, caseReference);
        String municipality = "GM9" + String.format("%03d", (int) (Math.random() * 1000));
        String signal = publish(Topics.municipality(municipality), "signal-1", SignallingEvents.COLLECTIVE_SIGNAL_RAISED.type());

        Await.until(PATIENCE, "three events in the feed", () -> feed(org, "/organisations/" + org + "/events?after=0").size() == 3);
        ResponseEntity<String> first = http.exchange("/organisations/" + org + "/events?after=0&limit=2", HttpMethod.GET,
                auth(TOKENS.organisation(org)), String.class);
        String next = first.getHeaders().getFirst(HttpHeaders.LINK).replaceAll("^<([^>]+)>.*$", "$1");
        ResponseEntity<String> second = http.exchange(next, HttpMethod.GET, auth(TOKENS.organisation(org)), String.class);
        ResponseEntity<String> neighbours = http.exchange("/organisations/" + neighbour + "/events", HttpMethod.GET,
                auth(TOKENS.organisation(org)), String.class);

        assertThat(first.getHeaders().getContentType().toString()).isEqualTo("application/cloudevents-batch+json");
        assertThat(first.getBody()).isEqualTo("[" + records.get(0) + "," + records.get(1) + "]");
        assertThat(second.getBody()).isEqualTo("[" + records.get(2) + "]");
        assertThat(neighbours.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Await.until(PATIENCE, "the municipality's event in its feed", () -> feed(municipality,
                "/municipalities/" + municipality + "/events").size() == 1);
        assertThat(feed(municipality, "/municipalities/" + municipality + "/events").get(0).toString())
                .isEqualTo(JSON.readTree(signal).toString());
    }

    @Test
    void anOrganisationThatLeavesTheNetworkHasItsSubscriptionsDisabledAndPendingDeliveriesCancelled() {
        String org = organisation();
        receiver.acceptingHandshake("/leaving").alwaysAnswer("/leaving", new Answer(503, Map.of("Retry-After", "600")));
        String id = id(register(TOKENS.organisation(org), "/leaving"));
        offer(org, "case-" + UUID.randomUUID());
        awaitPosts("/leaving", 1);

        producer.send(new ProducerRecord<>(Topics.NETWORK_ORGANISATIONS, org, IntegrationEvents.toJson(IntegrationEvents.envelope(
                NetworkEvents.ORGANISATION_LEFT, UUID.randomUUID().toString(), Topics.sourceOf("network-service"), org,
                Instant.now(), null, new OrganisationLeft(org, "LEFT", null)))));

        Await.until(PATIENCE, "the subscription disabled", () -> "DISABLED".equals(
                get(TOKENS.organisation(org), "/webhook-subscriptions/" + id).getBody().get("status")));
        assertThat(http.exchange("/webhook-subscriptions/" + id + "/deliveries?status=CANCELLED", HttpMethod.GET,
                auth(TOKENS.organisation(org)), List.class).getBody()).hasSize(1);
        assertThat(register(TOKENS.organisation(org), "/leaving-again").getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void apiDocumentDeclaresTheTokenTheProblemAnswersAndABodyExampleOfEveryOperation() {
        JsonNode api = http.getForObject("/v3/api-docs", JsonNode.class);

        assertThat(ApiDocumentCheck.shortcomings(api)).isEmpty();
        assertThat(api.path("paths").path("/webhook-subscriptions").path("post").path("responses").has("201")).isTrue();
        assertThat(api.path("paths").path("/webhook-subscriptions/{id}").path("delete").path("responses").has("204")).isTrue();
        assertThat(api.path("paths").path("/webhook-subscriptions/{id}/test-events").path("post").path("responses").has("202")).isTrue();
    }

    @Test
    void aRegistrationRepeatedWithItsIdempotencyKeyGetsTheFirstAnswerAndTheRequestLogKeepsNoPlainSecret() {
        String org = organisation();
        receiver.acceptingHandshake("/repeated");
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TOKENS.organisation(org));
        headers.set("Idempotency-Key", "register-" + org);
        HttpEntity<Map<String, String>> request = new HttpEntity<>(Map.of("url", receiver.url("/repeated")), headers);

        ResponseEntity<Map> first = http.exchange("/webhook-subscriptions", HttpMethod.POST, request, Map.class);
        ResponseEntity<Map> repeated = http.exchange("/webhook-subscriptions", HttpMethod.POST, request, Map.class);

        assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeated.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(id(repeated)).isEqualTo(id(first));
        assertThat(repeated.getBody().get("secret")).isEqualTo(first.getBody().get("secret"));
        assertThat(http.exchange("/webhook-subscriptions", HttpMethod.GET, auth(TOKENS.organisation(org)), List.class)
                .getBody()).hasSize(1);
        assertThat(jdbc.queryForObject("select body from handled_request where request_id = ?", String.class,
                "register-" + org)).contains(id(first)).doesNotContain((String) first.getBody().get("secret"));
    }

    // --- helpers ---

    private static String organisation() {
        return UUID.randomUUID().toString();
    }

    /** Publishes an offer to the organisation's topic; returns the record's value. */
    private static String offer(String organisation, String caseReference) {
        String value = IntegrationEvents.toJson(IntegrationEvents.envelope(CoordinatorEvents.CASE_OFFERED,
                UUID.randomUUID().toString(), Topics.sourceOf("coordinator-service"), caseReference, Instant.now(), null,
                new CaseOffered(caseReference, organisation, "pseudonym-" + caseReference, "GM0553", List.of("CARE_AND_SUPPORT"),
                        List.of("OLDER_PEOPLE"), "NORMAL", null, Instant.now().plusSeconds(86400), Instant.now(), null)));
        send(Topics.handoversFor(organisation), caseReference, value);
        return value;
    }

    private static String publish(String topic, String subject, String type) {
        String value = IntegrationEvents.toJson(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                Topics.sourceOf("signalling-service"), type, subject, Instant.now(), CloudEvent.JSON, null,
                JSON.createObjectNode().put("collectiveSignalId", subject)));
        send(topic, subject, value);
        return value;
    }

    private static void send(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseEntity<Map> register(String token, String path) {
        return post(token, "/webhook-subscriptions", Map.of("url", receiver.url(path)));
    }

    private ResponseEntity<Map> post(String token, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    private ResponseEntity<Map> get(String token, String path) {
        return http.exchange(path, HttpMethod.GET, auth(token), Map.class);
    }

    private static HttpEntity<Void> auth(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return new HttpEntity<>(headers);
    }

    private static String id(ResponseEntity<Map> created) {
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).isNotNull();
        return (String) ((Map<?, ?>) created.getBody().get("subscription")).get("id");
    }

    private List<Map<String, Object>> failed(String org, String id) {
        return http.exchange("/webhook-subscriptions/" + id + "/deliveries", HttpMethod.GET, auth(TOKENS.organisation(org)),
                List.class).getBody();
    }

    private List<JsonNode> feed(String party, String path) {
        String token = party.startsWith("GM") ? TOKENS.municipality(party) : TOKENS.organisation(party);
        String body = http.exchange(path, HttpMethod.GET, auth(token), String.class).getBody();
        try {
            List<JsonNode> events = new ArrayList<>();
            JSON.readTree(body).forEach(events::add);
            return events;
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }

    private static List<Received> awaitPosts(String path, int count) {
        Await.until(PATIENCE, count + " POSTs to " + path, () -> receiver.posts(path).size() >= count);
        return receiver.posts(path);
    }

    private static JsonNode withoutInstance(String problem) {
        try {
            return ((com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(problem)).without("instance");
        } catch (Exception e) {
            throw new IllegalStateException(problem, e);
        }
    }

    private static String type(String body) {
        try {
            return JSON.readTree(body).path("type").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
