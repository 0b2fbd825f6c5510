package nl.samenspel.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.coordinator.CoordinatorApplication;
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

    static JsonNode get(Class<?> service, String path) throws IOException, InterruptedException {
        return JSON.readTree(text(service, path));
    }

    static String text(Class<?> service, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + platform.portOf(service) + path)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
