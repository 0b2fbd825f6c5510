package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.samenspel.coordinator.Callers.coordinator;
import static nl.samenspel.coordinator.Callers.organisation;
import static nl.samenspel.coordinator.CaseFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input and abuse on the coordinator's endpoints: malformed JSON, a wrong Content-Type, unknown fields and
 * injection strings in ids are refused with problem+json and store no event; the same strings in free text are
 * ordinary content, stored and returned as given.
 */
class CoordinatorBadInputIT extends AgainstTheNetwork {

    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "x'; DROP TABLE case_details; --",
            "<script>alert(1)</script>");

    private final String pseudonym = "R-BAD-" + UUID.randomUUID().toString().substring(0, 8);
    private String reference;
    private int eventsBefore;

    @BeforeEach
    void anAcceptedCaseWithConsentForTheProfessionals() {
        reference = flow.acceptedInformalCase(pseudonym);
        ok(send("/cases/" + reference + "/consents", Map.of("organisationId", flow.professionals)));
        eventsBefore = events();
    }

    @Test
    void malformedJsonIsRefusedWith400() {
        ResponseEntity<JsonNode> refused = raw("/cases/" + reference + "/close", "{\"outcome\": \"RESOLVED\"", MediaType.APPLICATION_JSON);

        assertRefused(refused, 400, "not valid JSON");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith415NamingJson() {
        ResponseEntity<JsonNode> refused = raw("/cases/" + reference + "/close", "outcome=RESOLVED",
                MediaType.APPLICATION_FORM_URLENCODED);

        assertRefused(refused, 415, "application/json");
    }

    @Test
    void anUnknownFieldIsRefusedNamingIt() {
        ResponseEntity<JsonNode> refused = send("/cases/" + reference + "/close", Map.of("outcome", "RESOLVED", "owner", "me"));

        assertRefused(refused, 400, "Unknown field 'owner'");
    }

    @Test
    void injectionStringsInIdsAreRefusedAndRevealNothing() {
        for (String injection : INJECTIONS) {
            // The firewall refuses a ';' or an encoded '/' in the URL before anyone is asked who calls.
            boolean firewall = injection.contains(";") || injection.contains("/");
            assertRefused(close(injection, coordinator()), 400, firewall ? "never accepts" : "case reference");
            assertRefused(close(injection, organisation(flow.volunteers)), firewall ? 400 : 403,
                    firewall ? "never accepts" : "may not make this request");
            assertRefused(send("/cases/" + reference + "/consents", Map.of("organisationId", injection)), 400, "organisationId");
            assertRefused(send("/cases/" + reference + "/handovers", Map.of("toOrganisationId", injection, "reason", "CAPACITY")),
                    400, "toOrganisationId");
        }
        assertThat(jdbc.queryForObject("select count(*) from case_details where case_reference = ?", Integer.class, reference))
                .as("the read model is intact").isOne();
    }

    /** Ids are not free text, but a summary and a reason are: markup and SQL-looking text are stored as given. */
    @Test
    void scriptsAndStatementsInFreeTextAreStoredAsGiven() {
        Map<String, String> summary = Map.of("questionSoFar", "Help " + INJECTIONS.get(0),
                "agreementsMade", INJECTIONS.get(1), "nextSteps", INJECTIONS.get(2));
        String handoverId = flow.warmHandover(reference, summary, coordinator());

        ResponseEntity<JsonNode> read = flow.summary(handoverId);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getBody().path("summary").path("questionSoFar").asText()).isEqualTo("Help " + INJECTIONS.get(0));
        assertThat(read.getBody().path("summary").path("agreementsMade").asText()).isEqualTo(INJECTIONS.get(1));
        assertThat(read.getBody().path("summary").path("nextSteps").asText()).isEqualTo(INJECTIONS.get(2));
        assertThat(jdbc.queryForObject("select count(*) from case_details where case_reference = ?", Integer.class, reference))
                .as("the read model is intact").isOne();
    }

    private void assertRefused(ResponseEntity<JsonNode> response, int status, String detail) {
        int events = events();
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().path("detail").asText()).contains(detail);
        assertThat(events).as("no event stored").isEqualTo(eventsBefore);
    }

    private int events() {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Integer.class, reference);
    }

    private ResponseEntity<JsonNode> send(String path, Object body) {
        return flow.send(HttpMethod.POST, path, body, coordinator());
    }

    private ResponseEntity<JsonNode> raw(String path, String body, MediaType type) {
        HttpHeaders headers = coordinator();
        headers.setContentType(type);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** The case reference goes in as a URI variable, encoded once, as a client would send it. */
    private ResponseEntity<JsonNode> close(String reference, HttpHeaders headers) {
        return http.exchange("/cases/{reference}/close", HttpMethod.POST, new HttpEntity<>(Map.of("outcome", "RESOLVED"), headers),
                JsonNode.class, reference);
    }
}
