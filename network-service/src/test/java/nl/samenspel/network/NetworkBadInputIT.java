package nl.samenspel.network;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TestTokenIssuer;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 6's bad input: broken, mistyped or hostile requests are refused as problem+json and store nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samenspel.network.seed-demo-region=true")
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class NetworkBadInputIT {

    private static final TestTokenIssuer TOKENS = TestTokenIssuer.get();
    private static final String INJECTION = "x' OR '1'='1'; DROP TABLE membership; --";
    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void malformedJsonIsRefused() {
        assertRefused(send(HttpMethod.POST, "/organisations", "{\"name\": \"Unclosed", MediaType.APPLICATION_JSON,
                TOKENS.coordinator()), HttpStatus.BAD_REQUEST, "not valid JSON");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsUnsupportedMediaType() {
        assertRefused(send(HttpMethod.POST, "/organisations", "name=Buurtteam", MediaType.APPLICATION_FORM_URLENCODED,
                TOKENS.coordinator()), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "application/x-www-form-urlencoded");
    }

    @Test
    void unknownFieldsInACommandAreRefused() {
        assertRefused(send(HttpMethod.PUT, "/supporters/any/availability", "{\"status\": \"ACTIVE\", \"capacity\": 99}",
                MediaType.APPLICATION_JSON, TOKENS.coordinator()), HttpStatus.BAD_REQUEST, "Unknown field 'capacity'");
    }

    @Test
    void injectionInAPathIdIsNotFoundForTheCoordinatorAndForbiddenForAnOrganisation() {
        String path = "/supporters/" + URLEncoder.encode("x' OR '1'='1", StandardCharsets.UTF_8) + "/availability";

        assertRefused(send(HttpMethod.PUT, path, "{\"status\": \"ACTIVE\"}", MediaType.APPLICATION_JSON, TOKENS.coordinator()),
                HttpStatus.NOT_FOUND, "");
        assertRefused(send(HttpMethod.PUT, path, "{\"status\": \"ACTIVE\"}", MediaType.APPLICATION_JSON, TOKENS.organisation("org-1")),
                HttpStatus.FORBIDDEN, "may not make this request");
    }

    @Test
    void aPathWithAnEncodedSemicolonIsRefusedBeforeAnythingReadsIt() {
        String path = "/supporters/" + URLEncoder.encode(INJECTION, StandardCharsets.UTF_8) + "/availability";

        assertRefused(send(HttpMethod.PUT, path, "{\"status\": \"ACTIVE\"}", MediaType.APPLICATION_JSON, TOKENS.coordinator()),
                HttpStatus.BAD_REQUEST, "never accepts");
    }

    @Test
    void injectionInQueryParametersIsRefused() {
        String injection = URLEncoder.encode(INJECTION, StandardCharsets.UTF_8);
        for (String parameter : new String[]{"municipality", "district", "language"}) {
            assertRefused(send(HttpMethod.GET, "/supporters?" + parameter + "=" + injection, null, null, TOKENS.coordinator()),
                    HttpStatus.BAD_REQUEST, "must match");
        }
        assertRefused(send(HttpMethod.GET, "/coverage?municipality=" + injection, null, null, TOKENS.coordinator()),
                HttpStatus.UNPROCESSABLE_ENTITY, "is not part of the region");
    }

    /** Free text is shown in other organisations' systems, so markup and statements are refused, not stored. */
    @Test
    void injectionInFreeTextIsRefusedWithoutEchoingIt() {
        String kvk = String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000));
        String application = """
                {"name": "%s", "kvkNumber": "%s", "kind": "PROFESSIONAL", "municipalities": ["GM0534"],
                 "contactPoint": "%s", "decidesOnAccess": false}""";
        assertPlainSentencesAsked(send(HttpMethod.POST, "/organisations", application.formatted("Buurtteam " + INJECTION, kvk,
                "Balie"), MediaType.APPLICATION_JSON, TOKENS.coordinator()), "name", INJECTION);
        assertPlainSentencesAsked(send(HttpMethod.POST, "/organisations", application.formatted("Buurtteam", kvk,
                SCRIPT), MediaType.APPLICATION_JSON, TOKENS.coordinator()), "contactPoint", SCRIPT);
        assertThat(jdbc.queryForObject("select count(*) from membership where kvk_number = ?", Integer.class, kvk)).isZero();

        assertPlainSentencesAsked(send(HttpMethod.POST, "/organisations/any/rejection", "{\"reason\": \"%s\"}"
                .formatted(INJECTION), MediaType.APPLICATION_JSON, TOKENS.coordinator()), "reason", INJECTION);
        assertPlainSentencesAsked(send(HttpMethod.POST, "/supporters", """
                {"organisationId": "any", "displayName": "%s", "kind": "INFORMAL", "profile": {"languages": ["nl"],
                 "municipalities": ["GM0534"], "capacity": 5}}""".formatted(SCRIPT), MediaType.APPLICATION_JSON,
                TOKENS.coordinator()), "displayName", SCRIPT);
    }

    private void assertPlainSentencesAsked(ResponseEntity<JsonNode> response, String field, String injection) {
        assertRefused(response, HttpStatus.BAD_REQUEST, field + " looks like markup");
        assertThat(response.getBody().toString()).doesNotContain(injection);
    }

    private void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status, String detailPart) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("detail").asText()).contains(detailPart);
    }

    /** Sends the request; asserts that a refused one stored no event of a command (background reviews may run). */
    private ResponseEntity<JsonNode> send(HttpMethod method, String path, String body, MediaType type, String token) {
        int before = commandEvents();
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        if (type != null) {
            headers.setContentType(type);
        }
        ResponseEntity<JsonNode> response = http.exchange(java.net.URI.create(http.getRootUri() + path), method,
                new HttpEntity<>(body, headers), JsonNode.class);
        if (response.getStatusCode().isError()) {
            assertThat(commandEvents()).as("a refused request stores nothing").isEqualTo(before);
        }
        return response;
    }

    /** Events that only a request causes: not the coverage reviews, caseloads and lapses that arrive on their own. */
    private int commandEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry where payloadtype not like '%Coverage%'"
                + " and payloadtype not like '%Caseload%' and payloadtype not like '%Lapsed%'", Integer.class);
    }
}
