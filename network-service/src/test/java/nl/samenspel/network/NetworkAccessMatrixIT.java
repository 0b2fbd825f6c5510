package nl.samenspel.network;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.kit.security.Endpoints;
import nl.samenspel.local.test.AccessMatrix;
import nl.samenspel.local.test.AccessMatrix.Row;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TestTokenIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.samenspel.local.test.AccessMatrix.Actor.ADMINISTRATOR;
import static nl.samenspel.local.test.AccessMatrix.Actor.COORDINATOR;
import static nl.samenspel.local.test.AccessMatrix.Actor.MUNICIPALITY_OTHER;
import static nl.samenspel.local.test.AccessMatrix.Actor.MUNICIPALITY_OWN;
import static nl.samenspel.local.test.AccessMatrix.Actor.ORGANISATION_OTHER;
import static nl.samenspel.local.test.AccessMatrix.Actor.ORGANISATION_OWN;
import static nl.samenspel.local.test.AccessMatrix.Actor.SUPPORTER_OTHER;
import static nl.samenspel.local.test.AccessMatrix.Actor.SUPPORTER_OWN;
import static nl.samenspel.local.test.AccessMatrix.allowed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's access matrix for the network-service: every endpoint (as Spring maps them) × every kind of caller.
 * "Own" is organisation A, its supporter and Lisse (GM0553); "other" is organisation B, its supporter and Hillegom.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samenspel.network.seed-demo-region=true")
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class NetworkAccessMatrixIT {

    private static final TestTokenIssuer TOKENS = TestTokenIssuer.get();
    private static final String REASON = "{\"reason\": \"Test of the access rules.\"}";
    private static final String PROFILE = """
            {"lifeDomains": ["HOUSING"], "targetGroups": ["HOMELESS"], "languages": ["nl"],
             "municipalities": ["GM0553"], "capacity": 3}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void everyHandlerMethodStatesItsRoleRule() {
        assertThat(Endpoints.keys(context, "nl.samenspel.network")).isNotEmpty();
        assertThat(Endpoints.withoutRule(context, "nl.samenspel.network")).as("handler methods without @PreAuthorize").isEmpty();
    }

    @Test
    void everyEndpointLetsInExactlyTheCallersItsRuleNames() {
        String own = admittedOrganisation();
        String other = admittedOrganisation();
        String ownSupporter = supporter(own);
        String otherSupporter = supporter(other);
        List<Row> rows = rows(own, ownSupporter);
        AccessMatrix matrix = new AccessMatrix("http://127.0.0.1:" + port,
                new AccessMatrix.Parties(own, ownSupporter, other, otherSupporter, "GM0553", "GM0534"),
                () -> jdbc.queryForObject("select count(*) from domainevententry", Integer.class));
        assertThat(matrix.check(rows, Endpoints.keys(context, "nl.samenspel.network"))).isEmpty();
    }

    @Test
    void aMunicipalityReadsOnlyItsOwnCoverageAndNothingAboutWhoSupports() {
        JsonNode cells = get("/coverage", TOKENS.municipality("GM0553")).getBody();

        assertThat(cells).isNotEmpty().allSatisfy(cell -> assertThat(cell.path("municipalityCode").asText()).isEqualTo("GM0553"));
        assertThat(cells.get(0).has("supporterId")).isFalse();
        assertThat(get("/coverage?municipality=GM0534", TOKENS.municipality("GM0553")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/supporters", TOKENS.municipality("GM0553")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** Allowed calls run after the refused ones, in this order: the ones that end a membership come last. */
    private static List<Row> rows(String organisation, String supporter) {
        var members = allowed(COORDINATOR, ORGANISATION_OWN, ORGANISATION_OTHER, SUPPORTER_OWN, SUPPORTER_OTHER, ADMINISTRATOR);
        return List.of(
                Row.of("GET /region", allowed(COORDINATOR, ORGANISATION_OWN, ORGANISATION_OTHER, SUPPORTER_OWN,
                        SUPPORTER_OTHER, MUNICIPALITY_OWN, MUNICIPALITY_OTHER, ADMINISTRATOR)),
                Row.of("GET /supporters", members).query("municipality=GM0553"),
                Row.of("GET /supporters/{id}", members).path("id", supporter),
                Row.of("GET /organisations", members),
                Row.of("GET /organisations/{id}", members).path("id", organisation),
                Row.of("GET /coverage", allowed(COORDINATOR, ADMINISTRATOR, MUNICIPALITY_OWN)).query("municipality=GM0553"),
                Row.of("GET /operations/kafka-access", allowed(ADMINISTRATOR)),
                Row.of("POST /organisations", allowed(COORDINATOR)).body(application()),
                Row.of("POST /supporters", allowed(COORDINATOR, ORGANISATION_OWN)).body(registration(organisation)),
                Row.of("PUT /supporters/{id}/profile", allowed(COORDINATOR, ORGANISATION_OWN, SUPPORTER_OWN))
                        .path("id", supporter).body(PROFILE),
                Row.of("PUT /supporters/{id}/availability", allowed(COORDINATOR, ORGANISATION_OWN, SUPPORTER_OWN))
                        .path("id", supporter).body("{\"status\": \"ACTIVE\"}"),
                Row.of("PUT /supporters/{id}/registration", allowed(COORDINATOR, ORGANISATION_OWN))
                        .path("id", supporter).body("{\"registerNumber\": \"BCMB-" + UUID.randomUUID() + "\", \"validUntil\": \"2030-01-01\"}"),
                Row.of("POST /supporters/{id}/deactivation", allowed(COORDINATOR, ORGANISATION_OWN)).path("id", supporter),
                Row.of("POST /organisations/{id}/admission", allowed(COORDINATOR)).path("id", organisation),
                Row.of("POST /organisations/{id}/rejection", allowed(COORDINATOR)).path("id", organisation).body(REASON),
                Row.of("POST /organisations/{id}/suspension", allowed(COORDINATOR)).path("id", organisation).body(REASON),
                Row.of("POST /organisations/{id}/reinstatement", allowed(COORDINATOR)).path("id", organisation),
                Row.of("POST /organisations/{id}/departure", allowed(COORDINATOR, ORGANISATION_OWN)).path("id", organisation).body(REASON),
                Row.of("POST /organisations/{id}/removal", allowed(COORDINATOR)).path("id", organisation).body(REASON));
    }

    static String application() {
        String kvk = String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
        return """
                {"name": "Matrix test %s", "kvkNumber": "%s", "kind": "PROFESSIONAL", "municipalities": ["GM0553", "GM0534"],
                 "contactPoint": "desk@example.org", "decidesOnAccess": false}""".formatted(kvk, kvk);
    }

    private static String registration(String organisation) {
        return """
                {"organisationId": "%s", "displayName": "T", "kind": "EXPERIENCE_EXPERT", "profile": %s}""".formatted(organisation, PROFILE);
    }

    private String admittedOrganisation() {
        String id = send(HttpMethod.POST, "/organisations", application(), HttpStatus.CREATED).path("organisationId").asText();
        send(HttpMethod.POST, "/organisations/" + id + "/admission", null, HttpStatus.NO_CONTENT);
        return id;
    }

    private String supporter(String organisation) {
        return send(HttpMethod.POST, "/supporters", registration(organisation), HttpStatus.CREATED).path("supporterId").asText();
    }

    private JsonNode send(HttpMethod method, String path, String json, HttpStatus expected) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TOKENS.coordinator());
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> response = http.exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
        assertThat(response.getStatusCode()).as(method + " " + path + ": " + response.getBody()).isEqualTo(expected);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
