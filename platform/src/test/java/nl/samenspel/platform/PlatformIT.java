package nl.samenspel.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.events.signalling.SignallingEvents;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.Http;
import nl.samenspel.local.test.TopicReader;
import nl.samenspel.network.NetworkApplication;
import nl.samenspel.platform.identity.DemoAccount;
import nl.samenspel.platform.identity.TokenClient;
import nl.samenspel.platform.identity.Tokens;
import nl.samenspel.signalling.SignallingApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole platform as the local run starts it — one PostgreSQL, one Kafka broker, the token issuer, three
 * services — followed end to end through the services' HTTP APIs (with the issuer's tokens) and Kafka.
 */
class PlatformIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = LocalPlatform.start(new PlatformSettings(null, 0, 0, 0, 0, 0, true));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyServiceIsReadyWithDatabaseSchemaAndKafka() throws Exception {
        for (Class<?> service : List.of(NetworkApplication.class, CoordinatorApplication.class, SignallingApplication.class)) {
            JsonNode readiness = get(service, "/actuator/health/readiness", null);

            assertThat(readiness.path("status").asText()).as(service.getSimpleName()).isEqualTo("UP");
            assertThat(readiness.path("components").path("db").path("status").asText()).isEqualTo("UP");
            assertThat(readiness.path("components").path("kafka").path("status").asText()).isEqualTo("UP");
            assertThat(readiness.path("components").path("schema").path("status").asText()).isEqualTo("UP");
        }
    }

    @Test
    void everyServiceServesItsOpenApiDocumentAndPrometheusMetrics() throws Exception {
        for (Class<?> service : List.of(NetworkApplication.class, CoordinatorApplication.class, SignallingApplication.class)) {
            assertThat(get(service, "/v3/api-docs", null).path("openapi").asText()).startsWith("3.");
            assertThat(send(service, "GET", "/actuator/prometheus", null, platform.tokens().administrator()).body())
                    .contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void aCallWithoutATokenIsRefusedWith401AndTheSameCallWithATokenIsAnswered() throws Exception {
        assertThat(send(NetworkApplication.class, "GET", "/organisations", null, null).statusCode()).isEqualTo(401);
        assertThat(send(NetworkApplication.class, "GET", "/organisations", null, platform.tokens().coordinator())
                .statusCode()).isEqualTo(200);
    }

    /** Each demo account gets, with its secret, a token naming the issuer the services expect and its role's claims. */
    @Test
    void demoAccountsGetTokensWithTheContractsClaimsFromTheIssuer() throws ParseException {
        TokenClient client = new TokenClient(platform.issuer().issuerUri(), Clock.systemUTC());
        List<DemoAccount> accounts = platform.issuer().demoAccounts();
        assertThat(accounts).extracting(DemoAccount::role)
                .containsExactlyInAnyOrder("coordinator", "organisation", "supporter", "municipality", "administrator");

        for (DemoAccount account : accounts) {
            JWTClaimsSet claims = SignedJWT.parse(client.token(account.clientId(), account.secret())).getJWTClaimsSet();

            assertThat(claims.getIssuer()).isEqualTo(platform.issuer().issuerUri()).startsWith("http://localhost:");
            assertThat(claims.getAudience()).containsExactly("samenspel");
            assertThat(claims.getSubject()).isEqualTo(account.clientId());
            assertThat(claims.getClaims()).containsAllEntriesOf(account.claims());
        }
    }

    /** The README's walkthrough acts as these accounts, so they must be ones the demo region actually has. */
    @Test
    void demoAccountsActForAnOrganisationSupporterAndMunicipalityOfTheDemoRegion() {
        String coordinator = platform.tokens().coordinator();
        DemoAccount supporter = demoAccount("supporter");
        DemoAccount organisation = demoAccount("organisation");
        assertThat(organisation.organisationId()).isEqualTo(supporter.organisationId());

        Await.until(Duration.ofSeconds(90), "the demo supporter is in the directory", () ->
                send(NetworkApplication.class, "GET", "/supporters/" + supporter.supporterId(), null, coordinator).statusCode() == 200);
        assertThat(read(send(NetworkApplication.class, "GET", "/supporters/" + supporter.supporterId(), null, coordinator))
                .path("supporter").path("organisationId").asText()).isEqualTo(organisation.organisationId());
        assertThat(read(send(NetworkApplication.class, "GET", "/organisations/" + organisation.organisationId(), null, coordinator))
                .path("organisation").path("status").asText()).isEqualTo("ADMITTED");
        assertThat(read(send(NetworkApplication.class, "GET", "/region", null, coordinator)).toString())
                .contains(demoAccount("municipality").municipalityCode());
    }

    /**
     * The README's walk through the demo: the coordinator opens a case in Lisse for a resident who asks for the demo
     * supporter, who is then the first candidate, and dispatches it to them; the demo organisation accepts it, the demo
     * supporter logs hours, the municipality reads its signals.
     */
    @Test
    void theReadmeWalkthroughWorksWithTheDemoAccounts() throws Exception {
        DemoAccount supporter = demoAccount("supporter");
        String coordinator = platform.tokens().coordinator();
        String reference = post(CoordinatorApplication.class, "/cases", """
                {"residentPseudonym": "demo-resident-0001", "municipalityCode": "GM0553",
                 "lifeDomains": ["CARE_AND_SUPPORT"], "targetGroups": ["OLDER_PEOPLE"],
                 "phase": "ORIENTATION", "urgency": "NORMAL", "preferences": {"supporterId": "%s"}}"""
                .formatted(supporter.supporterId()), coordinator).path("caseReference").asText();
        Await.until(Duration.ofSeconds(90), "the supporter the resident asked for is the first candidate", () ->
                read(send(CoordinatorApplication.class, "GET", "/cases/" + reference + "/candidates", null, coordinator))
                        .path("candidates").path(0).path("supporterId").asText().equals(supporter.supporterId()));

        String assign = "{\"supporterId\": \"" + supporter.supporterId() + "\"}";
        post(CoordinatorApplication.class, "/cases/" + reference + "/dispatch", assign, coordinator);
        post(CoordinatorApplication.class, "/cases/" + reference + "/accept", assign,
                platform.tokens().organisation(supporter.organisationId()));
        post(CoordinatorApplication.class, "/cases/" + reference + "/hours",
                "{\"minutes\": 45, \"workedOn\": \"" + LocalDate.now() + "\"}",
                platform.tokens().supporter(supporter.organisationId(), supporter.supporterId()));

        assertThat(get(CoordinatorApplication.class, "/cases/" + reference, coordinator).path("state").asText())
                .isEqualTo("IN_PROGRESS");
        String municipality = demoAccount("municipality").municipalityCode();
        assertThat(get(SignallingApplication.class, "/municipalities/" + municipality + "/collective-signals",
                platform.tokens().municipality(municipality)).isArray()).isTrue();
    }

    /**
     * The network-service seeds the demo region; its facts travel over Kafka into the coordinator-service's
     * matching view; the coordinator's offer travels over Kafka to the chosen organisation's own topic.
     */
    @Test
    void networkFactsReachTheCoordinatorAndItsOfferReachesTheOrganisationsTopic() throws Exception {
        String coordinator = platform.tokens().coordinator();
        JsonNode opened = post(CoordinatorApplication.class, "/cases", """
                {"residentPseudonym": "e2e-resident-0001", "municipalityCode": "GM0553",
                 "lifeDomains": ["CARE_AND_SUPPORT"], "targetGroups": ["OLDER_PEOPLE"],
                 "phase": "ORIENTATION", "urgency": "NORMAL"}""", coordinator);
        String reference = opened.path("caseReference").asText();
        JsonNode[] candidates = new JsonNode[1];
        Await.until(Duration.ofSeconds(90), "the coordinator knows the seeded supporters", () -> {
            candidates[0] = read(send(CoordinatorApplication.class, "GET", "/cases/" + reference + "/candidates", null, coordinator))
                    .path("candidates");
            return candidates[0].isArray() && !candidates[0].isEmpty();
        });
        JsonNode best = candidates[0].get(0);
        String organisation = best.path("organisationId").asText();

        post(CoordinatorApplication.class, "/cases/" + reference + "/dispatch",
                "{\"supporterId\": \"" + best.path("supporterId").asText() + "\"}", coordinator);

        var offers = TopicReader.readKey(platform.kafkaBootstrapServers(), Topics.handoversFor(organisation), reference, 1);
        assertThat(offers).as("offer on the organisation's topic").isNotEmpty();
        CloudEvent offer = IntegrationEvents.parse(offers.get(0).value());
        assertThat(offer.type()).isEqualTo(CoordinatorEvents.CASE_OFFERED.type());
        assertThat(offer.data().path("residentPseudonym").asText()).isEqualTo("e2e-resident-0001");
    }

    /**
     * Gaps in the seeded region's offer go from the network-service over Kafka to the signalling-service, which
     * raises them as collective signals on the municipality's own topic.
     */
    @Test
    void coverageGapsOfTheNetworkReachTheMunicipalityAsCollectiveSignals() throws Exception {
        JsonNode gaps = get(NetworkApplication.class, "/coverage?municipality=GM0553", platform.tokens().coordinator());
        boolean lisseHasAGap = false;
        for (JsonNode cell : gaps) {
            lisseHasAGap |= cell.path("formal").asInt() + cell.path("informal").asInt() + cell.path("experienceExpert").asInt() == 0;
        }
        assertThat(lisseHasAGap).as("the demo region has gaps in Lisse").isTrue();

        var signals = TopicReader.read(platform.kafkaBootstrapServers(), Topics.municipality("GM0553"),
                record -> isCoverageGapSignal(IntegrationEvents.parse(record.value())),
                found -> !found.isEmpty(), Duration.ofSeconds(90));

        assertThat(signals).as("collective signal raised for Lisse").isNotEmpty();
        CloudEvent raised = IntegrationEvents.parse(signals.get(0).value());
        assertThat(raised.data().path("municipalityCode").asText()).isEqualTo("GM0553");
    }

    /**
     * The seeded region's coverage gaps, counted from the network-service's coverage matrix as it opens them, each
     * have exactly one open collective signal at the signalling-service; a supporter's registration that closes a
     * gap closes its signal too.
     */
    @Test
    void everyOpenCoverageGapOfTheDemoRegionHasOneOpenCollectiveSignalAlsoAfterARegistrationClosesOne() {
        String coordinator = platform.tokens().coordinator();
        Await.until(Duration.ofSeconds(120), "the demo region is seeded", () ->
                read(send(NetworkApplication.class, "GET", "/supporters?size=1", null, coordinator)).path("total").asInt() >= 42);
        int gaps = awaitOneOpenGapSignalPerOpenGap(coordinator, -1);
        assertThat(gaps).as("Lisse has gaps in the demo region").isGreaterThan(0);

        JsonNode cell = stream(get(NetworkApplication.class, "/coverage?municipality=GM0553", coordinator))
                .filter(c -> c.path("experienceExpert").asInt() == 0 && c.path("formal").asInt() + c.path("informal").asInt() > 0)
                .findFirst().orElseThrow(() -> new AssertionError("Lisse has a cell that misses only an experience expert"));
        post(NetworkApplication.class, "/supporters", """
                {"organisationId": "%s", "displayName": "Ervaringsdeskundige Lisse", "kind": "EXPERIENCE_EXPERT",
                 "profile": {"lifeDomains": ["%s"], "targetGroups": ["%s"], "languages": ["nl"],
                             "municipalities": ["GM0553"], "capacity": 3, "trainingCompletedOn": "%s"}}"""
                .formatted(demoAccount("organisation").organisationId(), cell.path("lifeDomain").asText(),
                        cell.path("targetGroup").asText(), LocalDate.now().minusMonths(1)), coordinator);

        assertThat(awaitOneOpenGapSignalPerOpenGap(coordinator, gaps - 1)).isEqualTo(gaps - 1);
    }

    /**
     * Waits until Lisse's open gaps (as {@code expected}, or any number when negative) equal its open collective
     * signals raised from gaps, and returns that number.
     */
    private static int awaitOneOpenGapSignalPerOpenGap(String coordinator, int expected) {
        int[] last = {-1, -1};
        try {
            Await.until(Duration.ofSeconds(120), "one open gap signal per open gap in Lisse", () -> {
                last[0] = stream(get(NetworkApplication.class, "/coverage?municipality=GM0553", coordinator))
                        .mapToInt(PlatformIT::gapsOf).sum();
                last[1] = (int) stream(get(SignallingApplication.class, "/municipalities/GM0553/collective-signals", coordinator))
                        .filter(signal -> signal.path("origin").asText().equals("COVERAGE_GAP")
                                && List.of("RAISED", "ACKNOWLEDGED").contains(signal.path("status").asText())).count();
                return last[0] == last[1] && (expected < 0 || last[0] == expected);
            });
        } catch (AssertionError e) {
            throw new AssertionError("Lisse: " + last[0] + " open gaps, " + last[1] + " open gap signals", e);
        }
        return last[0];
    }

    /** The network's gaps in one cell: one when nobody serves it, otherwise one per kind of supporter missing. */
    private static int gapsOf(JsonNode cell) {
        List<Integer> kinds = List.of(cell.path("formal").asInt(), cell.path("informal").asInt(),
                cell.path("experienceExpert").asInt());
        return kinds.stream().allMatch(count -> count == 0) ? 1 : (int) kinds.stream().filter(count -> count == 0).count();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static boolean isCoverageGapSignal(CloudEvent event) {
        return SignallingEvents.COLLECTIVE_SIGNAL_RAISED.type().equals(event.type())
                && "COVERAGE_GAP".equals(event.data().path("origin").asText());
    }

    private static DemoAccount demoAccount(String role) {
        return platform.issuer().demoAccounts().stream().filter(a -> a.role().equals(role)).findFirst().orElseThrow();
    }

    private static JsonNode post(Class<?> service, String path, String json, String token) {
        HttpResponse<String> response = send(service, "POST", path, json, token);
        assertThat(response.statusCode()).as("POST " + path + ": " + response.body()).isBetween(200, 299);
        return read(response);
    }

    private static JsonNode get(Class<?> service, String path, String token) {
        HttpResponse<String> response = send(service, "GET", path, null, token);
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return read(response);
    }

    /** One request; with a token when one is given. */
    private static HttpResponse<String> send(Class<?> service, String method, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.portOf(service) + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            Tokens.headers(token).forEach(request::header);
        }
        return Http.send(request.build());
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
