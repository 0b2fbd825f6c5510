package nl.samenspel.signalling.api;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.signalling.Eventually;
import nl.samenspel.signalling.SharedContext;
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

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static nl.samenspel.signalling.AsCaller.TOKENS;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input: broken, mistyped or hostile requests are refused as problem+json and store nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SharedContext.PROPERTIES)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class SignallingBadInputIT {

    private static final String INJECTION = URLEncoder.encode("x' OR '1'='1' --", StandardCharsets.UTF_8);
    private static final String SIGNAL = """
            {"organisationId": "org-a", "municipalityCode": "GM0534", "categoryCode": "OTHER", "lifeDomain": "TRANSPORT",
             "targetGroup": "OLDER_PEOPLE", "description": "%s", "residentsConcerned": 1%s}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void malformedJsonIsRefused() {
        assertRefused(HttpMethod.POST, "/signals", "{\"organisationId\": ", MediaType.APPLICATION_JSON,
                TOKENS.organisation("org-a"), HttpStatus.BAD_REQUEST, "not valid JSON");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsUnsupportedMediaType() {
        assertRefused(HttpMethod.POST, "/signals", SIGNAL.formatted("Buses stop at 18:00.", ""), MediaType.TEXT_PLAIN,
                TOKENS.organisation("org-a"), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "text/plain");
    }

    @Test
    void unknownFieldsInACommandAreRefused() {
        assertRefused(HttpMethod.POST, "/signals", SIGNAL.formatted("Buses stop at 18:00.", ", \"status\": \"ANSWERED\""),
                MediaType.APPLICATION_JSON, TOKENS.organisation("org-a"), HttpStatus.BAD_REQUEST, "Unknown field 'status'");
    }

    @Test
    void injectionInPathIdsIsNotFoundOrForbidden() {
        assertRefused(HttpMethod.POST, "/signals/" + INJECTION + "/withdraw", null, null, TOKENS.coordinator(),
                HttpStatus.NOT_FOUND, "");
        assertRefused(HttpMethod.POST, "/signals/" + INJECTION + "/withdraw", null, null, TOKENS.organisation("org-a"),
                HttpStatus.FORBIDDEN, "may not make this request");
        assertRefused(HttpMethod.GET, "/municipalities/" + INJECTION + "/collective-signals", null, null,
                TOKENS.coordinator(), HttpStatus.NOT_FOUND, "is not part of this network");
        assertRefused(HttpMethod.GET, "/municipalities/GM0534/reports/" + INJECTION, null, null,
                TOKENS.municipality("GM0534"), HttpStatus.BAD_REQUEST, "");
        assertRefused(HttpMethod.POST, "/signals/x%3B%20DROP%20TABLE%20signal_view/withdraw", null, null,
                TOKENS.coordinator(), HttpStatus.BAD_REQUEST, "never accepts");
    }

    @Test
    void injectionInQueryParametersIsRefused() {
        assertRefused(HttpMethod.GET, "/signals?organisationId=" + INJECTION, null, null, TOKENS.coordinator(),
                HttpStatus.BAD_REQUEST, "must match");
        assertRefused(HttpMethod.GET, "/municipalities/GM0534/reports/2026-10?threshold=" + INJECTION, null, null,
                TOKENS.municipality("GM0534"), HttpStatus.BAD_REQUEST, "");
    }

    /** Ids are not free text, but a description is: markup and SQL-looking text are stored as given. */
    @Test
    void injectionLookingFreeTextIsStoredAsGiven() {
        for (String injection : new String[]{"Robert'); DROP TABLE signal_view; --", "<script>alert(1)</script>",
                "x' OR '1'='1"}) {
            assertFiledAndReadAsGiven("Buses " + injection);
        }
    }

    @Test
    void signalDescriptionWithASemicolonIsStoredAsGiven() {
        assertFiledAndReadAsGiven("Signaal: de wachttijd voor huishoudelijke hulp loopt op; update volgt na het overleg"
                + " van 05-10-2024.");
    }

    private void assertFiledAndReadAsGiven(String description) {
        ResponseEntity<JsonNode> filed = send(HttpMethod.POST, "/signals", SIGNAL.formatted(description, ""),
                MediaType.APPLICATION_JSON, TOKENS.organisation("org-a"));
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = filed.getBody().path("signalId").asText();

        JsonNode signal = Eventually.read(Duration.ofSeconds(30), () -> send(HttpMethod.GET, "/signals/" + id, null,
                null, TOKENS.organisation("org-a")), read -> read.getStatusCode().is2xxSuccessful()).getBody();
        assertThat(signal.path("description").asText()).isEqualTo(description);
    }

    @Test
    void personalDataInFreeTextIsRefusedNamingTheKindWithoutEchoingIt() {
        assertPersonalDataRefused(HttpMethod.POST, "/signals", SIGNAL.formatted(
                "Mevrouw wacht 14 weken, bel haar op (071) 512 34 56.", ""), TOKENS.organisation("org-a"),
                "'description' looks like it holds a phone number", "512");
        assertPersonalDataRefused(HttpMethod.POST, "/signals", SIGNAL.formatted("Wachttijd 14 weken.",
                ", \"caseReferences\": [\"111222333\"]"), TOKENS.organisation("org-a"),
                "'caseReferences[0]' looks like it holds a citizen service number (BSN)", "111222333");
        assertPersonalDataRefused(HttpMethod.POST, "/collective-signals", """
                {"municipalityCode": "GM0534", "categoryCode": "OTHER", "summary": "Terugbetalen op NL91 ABNA 0417 1643 00",
                 "signalIds": []}""", TOKENS.coordinator(), "'summary' looks like it holds a bank account number (IBAN)", "ABNA");
    }

    @Test
    void phoneNumberIsNotALifeDomain() {
        String phoneAsLifeDomain = SIGNAL.formatted("Wachttijd 14 weken.", "").replace("TRANSPORT", "06-12345678");
        assertThat(assertRefused(HttpMethod.POST, "/signals", phoneAsLifeDomain, MediaType.APPLICATION_JSON,
                TOKENS.organisation("org-a"), HttpStatus.BAD_REQUEST, "Unknown life domain; known codes are [")
                .getBody().toString()).contains("CARE_AND_SUPPORT").doesNotContain("12345678");
    }

    private void assertPersonalDataRefused(HttpMethod method, String path, String body, String token, String detail,
                                           String value) {
        JsonNode problem = assertRefused(method, path, body, MediaType.APPLICATION_JSON, token, HttpStatus.BAD_REQUEST,
                detail).getBody();
        assertThat(problem.path("type").asText()).endsWith("/personal-data");
        assertThat(problem.toString()).doesNotContain(value);
    }

    private ResponseEntity<JsonNode> assertRefused(HttpMethod method, String path, String body, MediaType type,
                                                   String token, HttpStatus status, String detailPart) {
        int before = storedEvents();
        ResponseEntity<JsonNode> response = send(method, path, body, type, token);
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("detail").asText()).contains(detailPart);
        assertThat(storedEvents()).as("a refused request stores nothing").isEqualTo(before);
        return response;
    }

    private ResponseEntity<JsonNode> send(HttpMethod method, String path, String body, MediaType type, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        if (type != null) {
            headers.setContentType(type);
        }
        return http.exchange(URI.create(http.getRootUri() + path), method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private int storedEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Integer.class);
    }
}
