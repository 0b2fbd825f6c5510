package nl.samenspel.signalling.api;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.kit.security.Endpoints;
import nl.samenspel.local.test.AccessMatrix;
import nl.samenspel.local.test.AccessMatrix.Row;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.signalling.AsCaller;
import nl.samenspel.signalling.SharedContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;
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
import static nl.samenspel.signalling.AsCaller.TOKENS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of the signalling-service: every endpoint (as Spring maps them) × every kind of caller.
 * "Own" is the organisation that filed the signal, its supporter and Lisse (GM0553), to which the collective signal
 * is addressed; "other" is another organisation, its supporter and Hillegom.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SharedContext.PROPERTIES)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class SignallingAccessMatrixIT {

    /** A category no other test uses in Lisse, so their counts of Lisse's collective signals stay their own. */
    private static final String CATEGORY = "COOPERATION_BETWEEN_ORGANISATIONS";

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
        assertThat(Endpoints.keys(context, "nl.samenspel.signalling")).isNotEmpty();
        assertThat(Endpoints.withoutRule(context, "nl.samenspel.signalling")).as("handler methods without @PreAuthorize").isEmpty();
    }

    @Test
    void everyEndpointLetsInExactlyTheCallersItsRuleNames() {
        String own = "org-own-" + UUID.randomUUID();
        String other = "org-other-" + UUID.randomUUID();
        String signal = created(post("/signals", signal(own), TOKENS.organisation(own)), "signalId");
        String collective = created(post("/collective-signals", collectiveSignal(), TOKENS.coordinator()), "collectiveSignalId");
        List<Row> rows = rows(own, signal, collective);
        AccessMatrix matrix = new AccessMatrix("http://127.0.0.1:" + port,
                new AccessMatrix.Parties(own, "supporter-" + UUID.randomUUID(), other, "supporter-" + UUID.randomUUID(),
                        "GM0553", "GM0534"),
                () -> jdbc.queryForObject("select count(*) from domainevententry", Integer.class));
        assertThat(matrix.check(rows, Endpoints.keys(context, "nl.samenspel.signalling"))).isEmpty();
    }

    /** Allowed calls run after the refused ones, in this order: withdrawing and merging come after reading. */
    private static List<Row> rows(String organisation, String signal, String collective) {
        var filingOrganisation = allowed(COORDINATOR, ORGANISATION_OWN, SUPPORTER_OWN);
        var municipalityOrCoordinator = allowed(COORDINATOR, MUNICIPALITY_OWN);
        return List.of(
                Row.of("GET /signal-categories", allowed(COORDINATOR, ORGANISATION_OWN, ORGANISATION_OTHER, SUPPORTER_OWN,
                        SUPPORTER_OTHER, MUNICIPALITY_OWN, MUNICIPALITY_OTHER, ADMINISTRATOR)),
                Row.of("POST /signals", filingOrganisation).body(signal(organisation)),
                Row.of("GET /signals", filingOrganisation).query("organisationId=" + organisation),
                // Without organisationId every organisation and supporter lists its own signals; a coordinator is asked to name one (400).
                Row.of("GET /signals", allowed(COORDINATOR, ORGANISATION_OWN, ORGANISATION_OTHER, SUPPORTER_OWN, SUPPORTER_OTHER)),
                Row.of("GET /signals/{signalId}", filingOrganisation).path("signalId", signal),
                Row.of("POST /signals/{signalId}/withdraw", filingOrganisation).path("signalId", signal),
                Row.of("POST /collective-signals", allowed(COORDINATOR)).body(collectiveSignal()),
                Row.of("GET /collective-signals", allowed(COORDINATOR)),
                Row.of("GET /collective-signals/{id}", allowed(COORDINATOR)).path("id", collective),
                Row.of("GET /municipalities/{code}/collective-signals", municipalityOrCoordinator).path("code", "GM0553"),
                Row.of("GET /municipalities/{code}/collective-signals/{id}", municipalityOrCoordinator)
                        .path("code", "GM0553").path("id", collective),
                Row.of("POST /municipalities/{code}/collective-signals/{id}/acknowledge", allowed(MUNICIPALITY_OWN))
                        .path("code", "GM0553").path("id", collective),
                Row.of("POST /municipalities/{code}/collective-signals/{id}/answer", allowed(MUNICIPALITY_OWN))
                        .path("code", "GM0553").path("id", collective).body("{\"answer\": \"We talk to the providers.\"}"),
                Row.of("POST /municipalities/{code}/collective-signals/{id}/close", municipalityOrCoordinator)
                        .path("code", "GM0553").path("id", collective),
                Row.of("POST /collective-signals/{id}/merge", allowed(COORDINATOR)).path("id", collective)
                        .body("{\"intoId\": \"" + collective + "\"}"),
                Row.of("GET /municipalities/{code}/reports/{period}", municipalityOrCoordinator)
                        .path("code", "GM0553").path("period", "2025-01"),
                Row.of("GET /municipalities/{code}/reports/{period}/csv", municipalityOrCoordinator)
                        .path("code", "GM0553").path("period", "2025-01"),
                Row.of("GET /municipalities/{code}/monitoring", municipalityOrCoordinator).path("code", "GM0553").query("period=2025"),
                Row.of("POST /municipalities/{code}/reports/{period}/publish", allowed(COORDINATOR))
                        .path("code", "GM0553").path("period", "2025-01"),
                Row.of("GET /municipalities/{code}/published-reports", municipalityOrCoordinator).path("code", "GM0553"),
                Row.of("GET /municipalities/{code}/published-reports/{period}", municipalityOrCoordinator)
                        .path("code", "GM0553").path("period", "2025-01"));
    }

    private static String signal(String organisation) {
        return """
                {"organisationId": "%s", "municipalityCode": "GM0553", "categoryCode": "%s", "lifeDomain": "CARE_AND_SUPPORT",
                 "targetGroup": "OLDER_PEOPLE", "description": "Providers do not share care plans.", "residentsConcerned": 1}"""
                .formatted(organisation, CATEGORY);
    }

    private static String collectiveSignal() {
        return """
                {"municipalityCode": "GM0553", "categoryCode": "%s", "summary": "Providers do not share care plans.",
                 "signalIds": []}""".formatted(CATEGORY);
    }

    private ResponseEntity<JsonNode> post(String path, String json, String token) {
        return http.exchange(path, HttpMethod.POST, AsCaller.request(token, json), JsonNode.class);
    }

    private static String created(ResponseEntity<JsonNode> response, String idField) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody().path(idField).asText();
    }
}
