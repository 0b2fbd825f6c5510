package nl.samenspel.kit.testservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TestTokenIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only a valid token of the right role gets in: the kit's resource server against a real issuer's JWK set over HTTP.
 */
@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class KitSecurityIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final TestTokenIssuer TOKENS = TestTokenIssuer.get();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void aCommandWithAValidCoordinatorTokenIsAccepted() throws Exception {
        String tally = "tally-" + UUID.randomUUID();

        assertThat(recordTally(tally, TOKENS.coordinator()).statusCode()).isEqualTo(204);
        assertThat(storedEvents(tally)).isOne();
    }

    @Test
    void aRequestWithoutTokenGets401ProblemSayingHowToAuthenticateAndChangesNothing() throws Exception {
        String tally = "tally-" + UUID.randomUUID();

        HttpResponse<String> response = recordTally(tally, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertProblem(response, "unauthenticated", "Authorization: Bearer");
        assertThat(storedEvents(tally)).isZero();
    }

    @Test
    void expiredForgedWrongAudienceAndMalformedTokensGet401() throws Exception {
        Map<String, String> refused = Map.of(
                "expired", TOKENS.expiredCoordinator(),
                "forged", TestTokenIssuer.forgedCoordinator(TOKENS.issuerUri()),
                "meant for another audience", TOKENS.coordinatorForAudience("another-system"),
                "from another issuer", TestTokenIssuer.get().token(Map.of("samenspel_role", "coordinator", "iss", "https://elsewhere.example")),
                "not a JWT", "not-a-jwt");
        for (var token : refused.entrySet()) {
            String tally = "tally-" + UUID.randomUUID();

            HttpResponse<String> response = recordTally(tally, token.getValue());

            assertThat(response.statusCode()).as(token.getKey()).isEqualTo(401);
            assertProblem(response, "unauthenticated", "token was refused");
            assertThat(storedEvents(tally)).as(token.getKey()).isZero();
        }
    }

    @Test
    void tokensThatDoNotSayWhoActsGet401() throws Exception {
        Map<String, Map<String, Object>> incomplete = Map.of(
                "no role", Map.of("organisation_id", "org-1"),
                "unknown role", Map.of("samenspel_role", "superuser"),
                "organisation without organisation id", Map.of("samenspel_role", "organisation"),
                "supporter without supporter id", Map.of("samenspel_role", "supporter", "organisation_id", "org-1"),
                "municipality with a malformed code", Map.of("samenspel_role", "municipality", "municipality_code", "Amsterdam"));
        for (var claims : incomplete.entrySet()) {
            HttpResponse<String> response = recordTally("tally-" + UUID.randomUUID(), TOKENS.token(claims.getValue()));

            assertThat(response.statusCode()).as(claims.getKey()).isEqualTo(401);
            assertProblem(response, "unauthenticated", "claim");
        }
    }

    @Test
    void aValidTokenOfTheWrongRoleGets403AndChangesNothing() throws Exception {
        for (String token : new String[]{TOKENS.organisation("org-1"), TOKENS.supporter("org-1", "sup-1"),
                TOKENS.municipality("GM0363"), TOKENS.administrator()}) {
            String tally = "tally-" + UUID.randomUUID();

            HttpResponse<String> response = recordTally(tally, token);

            assertThat(response.statusCode()).isEqualTo(403);
            assertProblem(response, "forbidden", "may not make this request");
            assertThat(storedEvents(tally)).isZero();
        }
    }

    @Test
    void aUrlWithASemicolonOrAnEncodedSlashGets400ProblemAndChangesNothing() throws Exception {
        for (String suffix : new String[]{";drop", "%2Fdrop"}) {
            String tally = "tally-" + UUID.randomUUID();

            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/tallies/" + tally + suffix + "?amount=1"))
                    .POST(HttpRequest.BodyPublishers.noBody()), TOKENS.coordinator());

            assertThat(response.statusCode()).as(suffix).isEqualTo(400);
            assertProblem(response, "invalid-request", "never accepts");
            assertThat(storedEvents(tally)).isZero();
        }
    }

    @Test
    void operationsAndMetricsAreForTheAdministratorOnlyAndHealthIsOpen() throws Exception {
        assertThat(get("/operations/kafka-dead-letters", TOKENS.coordinator()).statusCode()).isEqualTo(403);
        assertThat(get("/operations/kafka-dead-letters", TOKENS.administrator()).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", TOKENS.organisation("org-1")).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", TOKENS.administrator()).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> recordTally(String tally, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/tallies/" + tally + "?amount=1")).POST(HttpRequest.BodyPublishers.noBody()), token);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void assertProblem(HttpResponse<String> response, String type, String detailContains) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asText()).endsWith("/" + type);
        assertThat(problem.path("detail").asText()).contains(detailContains);
    }

    private int storedEvents(String tally) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Integer.class, tally);
    }
}
