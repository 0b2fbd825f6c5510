package nl.samenspel.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.events.signalling.SignallingEvents;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.TopicReader;
import nl.samenspel.network.NetworkApplication;
import nl.samenspel.signalling.SignallingApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole platform as the local run starts it — one PostgreSQL, one Kafka broker, three services — followed
 * end to end through the services' HTTP APIs and Kafka.
 */
class PlatformIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
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
            JsonNode readiness = get(service, "/actuator/health/readiness");

            assertThat(readiness.path("status").asText()).as(service.getSimpleName()).isEqualTo("UP");
            assertThat(readiness.path("components").path("db").path("status").asText()).isEqualTo("UP");
            assertThat(readiness.path("components").path("kafka").path("status").asText()).isEqualTo("UP");
            assertThat(readiness.path("components").path("schema").path("status").asText()).isEqualTo("UP");
        }
    }

    @Test
    void everyServiceServesItsOpenApiDocumentAndPrometheusMetrics() throws Exception {
        for (Class<?> service : List.of(NetworkApplication.class, CoordinatorApplication.class, SignallingApplication.class)) {
            assertThat(get(service, "/v3/api-docs").path("openapi").asText()).startsWith("3.");
            assertThat(text(service, "/actuator/prometheus")).contains("jvm_memory_used_bytes");
        }
    }

    /**
     * The network-service seeds the demo region; its facts travel over Kafka into the coordinator-service's
     * matching view; the coordinator's offer travels over Kafka to the chosen organisation's own topic.
     */
    @Test
    void networkFactsReachTheCoordinatorAndItsOfferReachesTheOrganisationsTopic() throws Exception {
        JsonNode opened = post(CoordinatorApplication.class, "/cases", """
                {"residentPseudonym": "e2e-resident-0001", "municipalityCode": "GM0553",
                 "lifeDomains": ["CARE_AND_SUPPORT"], "targetGroups": ["OLDER_PEOPLE"],
                 "phase": "ORIENTATION", "urgency": "NORMAL"}""");
        String reference = opened.path("caseReference").asText();
        JsonNode[] candidates = new JsonNode[1];
        Await.until(Duration.ofSeconds(90), "the coordinator knows the seeded supporters", () -> {
            candidates[0] = uncheckedGet(CoordinatorApplication.class, "/cases/" + reference + "/candidates");
            return candidates[0].isArray() && !candidates[0].isEmpty();
        });
        JsonNode best = candidates[0].get(0);
        String organisation = best.path("organisationId").asText();

        post(CoordinatorApplication.class, "/cases/" + reference + "/dispatch",
                "{\"supporterId\": \"" + best.path("supporterId").asText() + "\"}");

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
        JsonNode gaps = get(NetworkApplication.class, "/coverage?municipality=GM0553");
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

    private static boolean isCoverageGapSignal(CloudEvent event) {
        return SignallingEvents.COLLECTIVE_SIGNAL_RAISED.type().equals(event.type())
                && "COVERAGE_GAP".equals(event.data().path("origin").asText());
    }

    static JsonNode post(Class<?> service, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(service, path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST " + path + ": " + response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    private static JsonNode uncheckedGet(Class<?> service, String path) {
        try {
            return get(service, path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(Class<?> service, String path) {
        return URI.create("http://127.0.0.1:" + platform.portOf(service) + path);
    }

    static JsonNode get(Class<?> service, String path) throws IOException, InterruptedException {
        return JSON.readTree(text(service, path));
    }

    static String text(Class<?> service, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(service, path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
