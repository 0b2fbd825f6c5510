package nl.samenspel.network;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CaseloadChanged;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.events.network.NetworkEvents;
import nl.samenspel.events.network.SupporterRegistered;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.ApiDocumentCheck;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TestTokenIssuer;
import nl.samenspel.network.seed.DemoRegionSeeder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo region registered over real PostgreSQL and Kafka, read back through the API and from the topics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samenspel.network.seed-demo-region=true")
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class NetworkServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final TestTokenIssuer TOKENS = TestTokenIssuer.get();

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private DemoRegionSeeder seeder;

    @Test
    void apiDocumentDeclaresTheTokenTheProblemAnswersAndABodyExampleOfEveryOperation() {
        JsonNode api = http.getForObject("/v3/api-docs", JsonNode.class);

        assertThat(ApiDocumentCheck.shortcomings(api)).isEmpty();
        assertThat(api.path("paths").path("/organisations").path("post").path("responses").has("201")).isTrue();
        assertThat(api.path("paths").path("/organisations/{id}/admission").path("post").path("responses").has("204")).isTrue();
    }

    @Test
    void demoRegionIsSeededOnceReadableAsCoverageMatrixAndPublishedOnKafka() {
        // Seeded at startup; seeding again finds everything in place.
        assertThat(seeder.seed()).isEqualTo(42);

        List<Map<String, Object>> lisse = eventually(() -> coverage("GM0553"),
                cells -> cells.stream().anyMatch(c -> c.get("targetGroup").equals("OLDER_PEOPLE")
                        && c.get("lifeDomain").equals("CARE_AND_SUPPORT") && (int) c.get("informal") > 0
                        && (int) c.get("formal") > 0));
        assertThat(lisse).hasSize(81);

        List<CloudEvent> supporters = eventually(() -> read(Topics.NETWORK_SUPPORTERS),
                events -> events.stream().filter(e -> e.type().equals(NetworkEvents.SUPPORTER_REGISTERED.type())).count() >= 42);
        SupporterRegistered first = IntegrationEvents.dataOf(supporters.stream()
                .filter(e -> e.type().equals(NetworkEvents.SUPPORTER_REGISTERED.type())).findFirst().orElseThrow(),
                NetworkEvents.SUPPORTER_REGISTERED);
        assertThat(first.profile().lifeDomains()).isNotEmpty();
        assertThat(first.availability().status()).isEqualTo("ACTIVE");

        List<CloudEvent> organisations = eventually(() -> read(Topics.NETWORK_ORGANISATIONS),
                events -> events.stream().filter(e -> e.type().equals(NetworkEvents.ORGANISATION_ADMITTED.type())).count() >= 8);
        assertThat(organisations).allSatisfy(e -> assertThat(e.subject()).isNotBlank());

        List<CloudEvent> gaps = eventually(() -> read(Topics.NETWORK_COVERAGE),
                events -> events.stream().anyMatch(e -> e.type().equals(NetworkEvents.COVERAGE_GAP_OPENED.type())
                        && "GM0553".equals(e.subject())));
        assertThat(gaps).isNotEmpty();
    }

    @Test
    void applyingTwiceWithTheSameIdempotencyKeyAnswersTheSameAndRejectedInputIsProblemJson() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> application = Map.of("name", "Buurtteam Hillegom (test)", "kvkNumber", String.format("%08d", Math.floorMod(key.hashCode(), 100_000_000)),
                "kind", "PROFESSIONAL", "municipalities", List.of("GM0534"), "contactPoint", "desk@example.org",
                "decidesOnAccess", false);
        // A key is the caller's own: the retry comes from the same account (test tokens get a fresh subject each).
        String coordinator = TOKENS.coordinator();
        ResponseEntity<JsonNode> once = post("/organisations", application, key, coordinator);
        ResponseEntity<JsonNode> twice = post("/organisations", application, key, coordinator);
        assertThat(once.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(twice.getBody()).isEqualTo(once.getBody());

        ResponseEntity<JsonNode> badKvk = post("/organisations", Map.of("name", "X", "kvkNumber", "12", "kind", "PROFESSIONAL",
                "municipalities", List.of("GM0534"), "contactPoint", "desk", "decidesOnAccess", false), null);
        assertThat(badKvk.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badKvk.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(badKvk.getBody().get("detail").asText()).contains("kvkNumber");

        ResponseEntity<JsonNode> haarlem = post("/organisations", Map.of("name", "X", "kvkNumber", "87654321", "kind", "PROFESSIONAL",
                "municipalities", List.of("GM0392"), "contactPoint", "desk", "decidesOnAccess", false), null);
        assertThat(haarlem.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(haarlem.getBody().get("detail").asText()).contains("GM0392");

        String organisationId = once.getBody().get("organisationId").asText();
        ResponseEntity<JsonNode> unadmitted = post("/supporters", Map.of("organisationId", organisationId, "displayName", "T",
                "kind", "EXPERIENCE_EXPERT", "profile", Map.of("lifeDomains", List.of("HOUSING"), "targetGroups", List.of("HOMELESS"),
                        "languages", List.of("nl"), "municipalities", List.of("GM0534"), "capacity", 2)), null);
        assertThat(unadmitted.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unadmitted.getBody().get("detail").asText()).contains("admitted");
    }

    @Test
    void supporterWithOpenCasesIsDeactivatedOnlyAfterTheCoordinatorReportsThemHandedOver() {
        JsonNode supporter = eventually(() -> get("/supporters?municipality=GM0534&kind=FORMAL", TOKENS.coordinator()),
                page -> page.get("total").asInt() > 0).get("items").get(0);
        String supporterId = supporter.get("supporterId").asText();
        String organisationId = supporter.get("organisationId").asText();

        reportCaseload(organisationId, supporterId, 2);
        String organisation = TOKENS.organisation(organisationId);
        eventually(() -> get("/supporters/" + supporterId, organisation),
                detail -> detail.get("supporter").get("openCases").asInt() == 2);
        ResponseEntity<JsonNode> refused = post("/supporters/" + supporterId + "/deactivation", null, null, organisation);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("detail").asText()).contains("hand them over");

        reportCaseload(organisationId, supporterId, 0);
        eventually(() -> get("/supporters/" + supporterId, organisation),
                detail -> detail.get("supporter").get("openCases").asInt() == 0);
        String key = UUID.randomUUID().toString();
        assertThat(post("/supporters/" + supporterId + "/deactivation", null, key, organisation).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("/supporters/" + supporterId + "/deactivation", null, key, organisation).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode history = eventually(() -> get("/supporters/" + supporterId, organisation),
                detail -> detail.get("supporter").get("deactivated").asBoolean()).get("history");
        assertThat(history.findValuesAsText("what")).containsOnlyOnce("SupporterDeactivated").startsWith("SupporterRegistered");
        eventually(() -> read(Topics.NETWORK_SUPPORTERS), events -> events.stream().anyMatch(
                e -> e.type().equals(NetworkEvents.SUPPORTER_DEACTIVATED.type()) && e.subject().equals(supporterId)));
    }

    @Test
    void aCapacityBelowZeroAndLeaveEndingBeforeItStartsAreRefusedNamingTheFieldAndStoreNothing() {
        JsonNode supporter = eventually(() -> get("/supporters?municipality=GM0553&kind=INFORMAL", TOKENS.coordinator()),
                page -> page.get("total").asInt() > 0).get("items").get(0);
        String path = "/supporters/" + supporter.get("supporterId").asText();
        int events = get(path, TOKENS.coordinator()).get("history").size();

        ResponseEntity<JsonNode> capacity = put(path + "/profile", Map.of("lifeDomains", supporter.get("lifeDomains"),
                "targetGroups", supporter.get("targetGroups"), "languages", supporter.get("languages"),
                "municipalities", supporter.get("municipalities"), "capacity", -1,
                "trainingCompletedOn", supporter.get("trainingCompletedOn")));
        assertThat(capacity.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(capacity.getBody().get("errors").findValuesAsText("field")).containsExactly("capacity");

        ResponseEntity<JsonNode> leave = put(path + "/availability",
                Map.of("status", "ON_LEAVE", "leaveFrom", "2027-03-10", "leaveUntil", "2027-03-01"));
        assertThat(leave.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(leave.getBody().get("detail").asText()).contains("(leaveUntil)", "2027-03-01");

        assertThat(get(path, TOKENS.coordinator()).get("history").size()).as("nothing stored").isEqualTo(events);
    }

    private ResponseEntity<JsonNode> put(String path, Object body) {
        HttpHeaders headers = bearer(TOKENS.coordinator());
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static void reportCaseload(String organisationId, String supporterId, int openCases) {
        CloudEvent event = IntegrationEvents.envelope(CoordinatorEvents.CASELOAD_CHANGED, UUID.randomUUID().toString(),
                Topics.sourceOf("coordinator-service"), organisationId, Instant.now(), null,
                new CaseloadChanged(organisationId, supporterId, openCases, openCases, Instant.now()));
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            producer.send(new ProducerRecord<>(Topics.COORDINATOR_CASELOAD, organisationId, IntegrationEvents.toJson(event)));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> coverage(String municipality) {
        return http.exchange("/coverage?municipality=" + municipality, HttpMethod.GET,
                new HttpEntity<>(bearer(TOKENS.municipality(municipality))), List.class).getBody();
    }

    private JsonNode get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(bearer(token)), JsonNode.class).getBody();
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    private ResponseEntity<JsonNode> post(String path, Object body, String idempotencyKey) {
        return post(path, body, idempotencyKey, TOKENS.coordinator());
    }

    private ResponseEntity<JsonNode> post(String path, Object body, String idempotencyKey, String token) {
        HttpHeaders headers = bearer(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static List<CloudEvent> read(String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "network-it-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<CloudEvent> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(topic));
            long until = System.currentTimeMillis() + 5_000;
            while (System.currentTimeMillis() < until) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    CloudEvent event = IntegrationEvents.parse(record.value());
                    assertThat(record.key()).isEqualTo(event.subject());
                    events.add(event);
                });
            }
        }
        return events;
    }

    private static <T> T eventually(Supplier<T> read, Predicate<T> done) {
        long until = System.currentTimeMillis() + PATIENCE.toMillis();
        T value = read.get();
        while (!done.test(value) && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        assertThat(done.test(value)).as("condition reached within " + PATIENCE).isTrue();
        return value;
    }
}
