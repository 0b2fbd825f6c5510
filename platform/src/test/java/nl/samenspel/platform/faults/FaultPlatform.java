package nl.samenspel.platform.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.Http;
import nl.samenspel.platform.LocalPlatform;
import nl.samenspel.platform.PlatformSettings;
import nl.samenspel.platform.identity.Tokens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One platform (demo region seeded) shared by the fault tests of this JVM, with plain HTTP and SQL access to it as
 * an operator would have, and tokens of its issuer for each role. Started on first use, stopped when the JVM ends.
 */
final class FaultPlatform {

    static final ObjectMapper JSON = new ObjectMapper();
    private static LocalPlatform platform;
    private static JdbcTemplate sql;

    private FaultPlatform() {
    }

    static synchronized LocalPlatform platform() {
        if (platform == null) {
            platform = LocalPlatform.start(new PlatformSettings(null, 0, 0, 0, 0, 0, true));
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "fault-platform-shutdown"));
            sql = new JdbcTemplate(new DriverManagerDataSource(platform.jdbcUrl(), "postgres", "postgres"));
        }
        return platform;
    }

    /** The platform's database; tables are named with their service's schema. */
    static JdbcTemplate sql() {
        platform();
        return sql;
    }

    /** The ids of an aggregate's committed events, in order, leaving out payload types like {@code unpublished}. */
    static List<String> committedIds(String schema, String aggregateId, String... unpublished) {
        Object[] arguments = Stream.concat(Stream.of(aggregateId), Stream.of(unpublished)).toArray();
        return sql().queryForList("select eventidentifier from " + schema + ".domainevententry where aggregateidentifier = ?"
                + " and payloadtype not like ?".repeat(unpublished.length) + " order by sequencenumber", String.class, arguments);
    }

    static String cloudEventId(String recordValue) {
        return IntegrationEvents.parse(recordValue).id();
    }

    static HttpResponse<String> send(Class<?> service, String method, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform().portOf(service) + path))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            headers.forEach(request::header);
            return Http.send(request.build());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + body + " as JSON", e);
        }
    }

    /** Sends a request that must succeed; returns its JSON body (null when empty). */
    static JsonNode ok(Class<?> service, String method, String path, Object body, Map<String, String> headers) {
        HttpResponse<String> response = send(service, method, path, body, headers);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        try {
            return response.body().isEmpty() ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a case the seeded region can serve and returns its reference. */
    static String openCase(String pseudonym) {
        return ok(CoordinatorApplication.class, "POST", "/cases", Map.of("residentPseudonym", pseudonym,
                "municipalityCode", "GM0553", "lifeDomains", List.of("CARE_AND_SUPPORT"), "targetGroups", List.of("OLDER_PEOPLE"),
                "phase", "ORIENTATION", "urgency", "NORMAL"), coordinator()).path("caseReference").asText();
    }

    /**
     * The eligible supporters for a typical case (up to 20, best first), as the coordinator ranks them from the
     * network's facts, once it knows at least {@code atLeast} of them.
     */
    static List<JsonNode> candidates(String probePseudonym, int atLeast) {
        String probe = openCase(probePseudonym);
        List<JsonNode> found = new ArrayList<>();
        Await.until(Duration.ofSeconds(90), "the coordinator knows the seeded supporters", () -> {
            found.clear();
            ok(CoordinatorApplication.class, "GET", "/cases/" + probe + "/candidates?limit=20", null, coordinator())
                    .path("candidates").forEach(found::add);
            return found.size() >= atLeast;
        });
        return List.copyOf(found);
    }

    /** Headers of a request by the network coordinator: opening, dispatching, network administration. */
    static Map<String, String> coordinator() {
        return Tokens.headers(platform().tokens().coordinator());
    }

    /** Headers of a request by an organisation: answering its offers and the handovers addressed to it. */
    static Map<String, String> organisation(String organisationId) {
        return Tokens.headers(platform().tokens().organisation(organisationId));
    }

    /** Headers of a request by a supporter: work on their own cases. */
    static Map<String, String> supporter(String organisationId, String supporterId) {
        return Tokens.headers(platform().tokens().supporter(organisationId, supporterId));
    }

    /** Headers of a request by the network administrator: operations and metrics. */
    static Map<String, String> administrator() {
        return Tokens.headers(platform().tokens().administrator());
    }
}
