package nl.samenspel.network;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.local.test.Await;
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
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 6's bad input: broken, mistyped or hostile requests are refused as problem+json and store nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samenspel.network.seed-demo-region=true")
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class NetworkBadInputIT {

    private static final TestTokenIssuer TOKENS = TestTokenIssuer.get();
    private static final String INJECTION = "x' OR '1'='1'; DROP TABLE membership; --";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String APPLICATION = """
            {"name": "%s", "kvkNumber": "%s", "kind": "PROFESSIONAL", "municipalities": ["GM0534"],
             "contactPoint": "%s", "decidesOnAccess": false}""";
    private static final String SUPPORTER = """
            {"organisationId": "any", "displayName": "%s", "kind": "INFORMAL", "profile": {"languages": ["%s"],
             "municipalities": ["GM0534"], "capacity": 5}}""";

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

    /** Ids are not free text, but names and reasons are: markup and SQL-looking text are stored as given. */
    @Test
    void injectionLookingFreeTextIsStoredAsGiven() {
        String kvk = String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000));
        ResponseEntity<JsonNode> applied = send(HttpMethod.POST, "/organisations", APPLICATION.formatted(
                "Buurtteam " + INJECTION, kvk, SCRIPT), MediaType.APPLICATION_JSON, TOKENS.coordinator());
        assertThat(applied.getStatusCode()).as(String.valueOf(applied.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = applied.getBody().path("organisationId").asText();

        Await.until(Duration.ofSeconds(30), "the application in the directory", () -> send(HttpMethod.GET,
                "/organisations/" + id, null, null, TOKENS.coordinator()).getStatusCode().is2xxSuccessful());
        JsonNode organisation = send(HttpMethod.GET, "/organisations/" + id, null, null, TOKENS.coordinator())
                .getBody().path("organisation");
        assertThat(organisation.path("name").asText()).isEqualTo("Buurtteam " + INJECTION);
        assertThat(organisation.path("contactPoint").asText()).isEqualTo(SCRIPT);

        assertThat(send(HttpMethod.POST, "/organisations/" + id + "/rejection", "{\"reason\": \"%s\"}".formatted(INJECTION),
                MediaType.APPLICATION_JSON, TOKENS.coordinator()).getStatusCode().is2xxSuccessful()).isTrue();
    }

    @Test
    void personalDataInANameOrReasonIsRefusedNamingTheKindAndStoresNothing() {
        String kvk = String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000));
        assertPersonalDataRefused(send(HttpMethod.POST, "/organisations", APPLICATION.formatted(
                "Buurtteam 06-12345678", kvk, "Balie"), MediaType.APPLICATION_JSON, TOKENS.coordinator()),
                "'name' looks like it holds a phone number", "12345678");
        assertThat(jdbc.queryForObject("select count(*) from membership where kvk_number = ?", Integer.class, kvk)).isZero();
        assertPersonalDataRefused(send(HttpMethod.POST, "/organisations/any/rejection",
                "{\"reason\": \"Bestuurder met BSN 111222333 weigert\"}", MediaType.APPLICATION_JSON, TOKENS.coordinator()),
                "'reason' looks like it holds a citizen service number (BSN)", "111222333");
        assertPersonalDataRefused(send(HttpMethod.POST, "/supporters", SUPPORTER.formatted("Jan (jan.devries@example.nl)", "nl"),
                MediaType.APPLICATION_JSON, TOKENS.coordinator()), "'displayName' looks like it holds an e-mail address",
                "devries");
    }

    @Test
    void phoneNumberIsNotALanguageOrALifeDomain() {
        ResponseEntity<JsonNode> language = send(HttpMethod.POST, "/supporters", SUPPORTER.formatted("CDB ondersteuner 9",
                "06-12345678"), MediaType.APPLICATION_JSON, TOKENS.coordinator());
        assertRefused(language, HttpStatus.BAD_REQUEST, "profile.languages[0]");
        assertThat(language.getBody().toString()).doesNotContain("12345678");

        ResponseEntity<JsonNode> lifeDomain = send(HttpMethod.POST, "/supporters", """
                {"organisationId": "any", "displayName": "CDB ondersteuner 9", "kind": "INFORMAL", "profile":
                 {"lifeDomains": ["06-12345678"], "languages": ["nl"], "municipalities": ["GM0534"], "capacity": 5}}""",
                MediaType.APPLICATION_JSON, TOKENS.coordinator());
        assertRefused(lifeDomain, HttpStatus.BAD_REQUEST, "'profile.lifeDomains[0]' is not valid; allowed are [CARE_AND_SUPPORT");
        assertThat(lifeDomain.getBody().toString()).doesNotContain("12345678");
    }

    private void assertPersonalDataRefused(ResponseEntity<JsonNode> response, String detail, String value) {
        assertRefused(response, HttpStatus.BAD_REQUEST, detail);
        assertThat(response.getBody().path("type").asText()).endsWith("/personal-data");
        assertThat(response.getBody().toString()).doesNotContain(value);
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
