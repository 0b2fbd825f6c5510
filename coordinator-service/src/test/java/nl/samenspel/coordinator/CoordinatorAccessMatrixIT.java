package nl.samenspel.coordinator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.samenspel.kit.security.Endpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static nl.samenspel.coordinator.Callers.TOKENS;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Party.ADMINISTRATOR;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Party.COORDINATOR;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Party.EXPIRED_TOKEN;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Party.NO_TOKEN;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Party.ORGANISATION_OTHER;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Party.ORGANISATION_OWN;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Party.SUPPORTER_OTHER;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Party.SUPPORTER_OWN;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Stage.CLOSED;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Stage.HANDOVER_PENDING;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Stage.NOTHING;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Stage.OFFERED;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Stage.OPENED;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Stage.OWNED;
import static nl.samenspel.coordinator.CoordinatorAccessMatrixIT.Stage.REGISTERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the coordinator-service (read from Spring's handler mappings, so a new endpoint without a row
 * fails) × every kind of caller: who is admitted (2xx on a case in the right state), who gets 401 (no token, an
 * expired one) and who gets 403 — the same 403 for another organisation's case as for one that does not exist — and
 * that a refused request stored no event, wrote no personal data and left no audit entry. "Own" is the organisation
 * (and its informal supporter) the case, offer or handover is addressed to; "other" is the network's other
 * organisation and its formal supporter, which in the handover rows owns the case and asked for the handover.
 */
class CoordinatorAccessMatrixIT extends AgainstTheNetwork {

    enum Party { COORDINATOR, ORGANISATION_OWN, ORGANISATION_OTHER, SUPPORTER_OWN, SUPPORTER_OTHER, MUNICIPALITY,
        ADMINISTRATOR, NO_TOKEN, EXPIRED_TOKEN }

    /** What the request is about; allowed requests change it, so each gets a fresh one. */
    enum Stage { NOTHING, OPENED, OFFERED, OWNED, HANDOVER_PENDING, CLOSED, REGISTERED }

    record Scene(String pseudonym, String reference, String handoverId) {
    }

    record Row(Stage stage, String query, Function<Scene, Object> body, Set<Party> allowed) {
    }

    private static final String SERVICE_PACKAGE = "nl.samenspel.coordinator";
    private static final Party[] CASE_OWNERS = {COORDINATOR, ORGANISATION_OWN, SUPPORTER_OWN};

    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectMapper objectMapper;

    @Test
    void everyHandlerMethodStatesItsRolesWithPreAuthorize() {
        assertThat(Endpoints.keys(context, SERVICE_PACKAGE)).isNotEmpty();
        assertThat(Endpoints.withoutRule(context, SERVICE_PACKAGE)).as("handler methods without @PreAuthorize").isEmpty();
    }

    @Test
    void everyEndpointAdmitsItsPartiesAndRefusesEveryoneElseWithoutChangingAnything() {
        Map<String, Row> rows = rows();
        assertThat(rows.keySet()).as("a row for every endpoint").containsExactlyInAnyOrderElementsOf(Endpoints.keys(context, SERVICE_PACKAGE));
        for (Map.Entry<String, Row> entry : rows.entrySet()) {
            String endpoint = entry.getKey();
            Row row = entry.getValue();
            Scene shared = scene(row.stage());
            String before = fingerprint(shared);
            for (Party party : EnumSet.complementOf(EnumSet.copyOf(row.allowed()))) {
                ResponseEntity<JsonNode> refused = call(endpoint, row, shared, party);
                boolean unauthenticated = party == NO_TOKEN || party == EXPIRED_TOKEN;
                assertThat(refused.getStatusCode().value()).as("%s by %s: %s", endpoint, party, refused.getBody())
                        .isEqualTo(unauthenticated ? 401 : 403);
                assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
                if (!unauthenticated) {
                    ResponseEntity<JsonNode> absent = call(endpoint, row, absent(), party);
                    assertThat(absent.getStatusCode().value()).as("%s by %s, nothing there", endpoint, party).isEqualTo(403);
                    assertThat(withoutInstance(absent.getBody())).as("%s by %s: the same refusal", endpoint, party)
                            .isEqualTo(withoutInstance(refused.getBody()));
                }
            }
            assertThat(fingerprint(shared)).as("%s: the refused requests changed nothing", endpoint).isEqualTo(before);
            for (Party party : row.allowed()) {
                ResponseEntity<JsonNode> allowed = call(endpoint, row, scene(row.stage()), party);
                assertThat(allowed.getStatusCode().is2xxSuccessful()).as("%s by %s: %s %s", endpoint, party,
                        allowed.getStatusCode(), allowed.getBody()).isTrue();
            }
        }
    }

    @Test
    void anActorHeaderClaimsNothing() {
        String reference = flow.openedCase("R-MX-" + UUID.randomUUID().toString().substring(0, 8));
        HttpHeaders claimsToBeCoordinator = Callers.with(Callers.organisation(flow.volunteers), "Actor-Role", "COORDINATOR");

        assertThat(flow.send(HttpMethod.POST, "/cases/" + reference + "/dispatch", Map.of("supporterId", flow.informal),
                claimsToBeCoordinator).getStatusCode().value()).isEqualTo(403);
        assertThat(flow.send(HttpMethod.POST, "/cases/" + reference + "/dispatch", Map.of("supporterId", flow.informal),
                Callers.with(Callers.bearer(null), "Actor-Role", "COORDINATOR")).getStatusCode().value()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Integer.class,
                reference)).as("only the opening").isOne();
    }

    private Map<String, Row> rows() {
        String yesterday = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1).toString();
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put("POST /cases", row(NOTHING, s -> openBody(s.pseudonym()), COORDINATOR));
        rows.put("GET /cases/{reference}", row(OWNED, null, CASE_OWNERS));
        rows.put("GET /cases/{reference}/candidates", row(OPENED, null, COORDINATOR));
        rows.put("GET /cases/{reference}/timeline", row(OPENED, null, COORDINATOR));
        rows.put("POST /cases/{reference}/dispatch", row(OPENED, s -> Map.of("supporterId", flow.informal), COORDINATOR));
        rows.put("POST /cases/{reference}/accept", row(OFFERED, s -> Map.of("supporterId", flow.informal), ORGANISATION_OWN));
        rows.put("POST /cases/{reference}/decline", row(OFFERED, s -> Map.of("reason", "NO_CAPACITY"), ORGANISATION_OWN));
        rows.put("POST /cases/{reference}/offer/withdrawal", row(OFFERED, s -> Map.of("reason", "BETTER_MATCH"), COORDINATOR));
        rows.put("POST /cases/{reference}/hours", row(OWNED, s -> Map.of("minutes", 30, "workedOn", yesterday), SUPPORTER_OWN));
        rows.put("POST /cases/{reference}/complexity-flags", row(OWNED, s -> Map.of("flag", "MULTIPLE_PROBLEMS"), CASE_OWNERS));
        rows.put("POST /cases/{reference}/consents", row(OWNED, s -> Map.of("organisationId", flow.professionals), CASE_OWNERS));
        rows.put("POST /cases/{reference}/consents/{organisationId}/withdrawal", row(OWNED, null, CASE_OWNERS));
        rows.put("POST /cases/{reference}/escalate", row(OWNED, null, CASE_OWNERS));
        rows.put("POST /cases/{reference}/handovers", row(OWNED,
                s -> Map.of("toOrganisationId", flow.professionals, "reason", "CAPACITY"), CASE_OWNERS));
        rows.put("POST /cases/{reference}/handovers/{handoverId}/accept", row(HANDOVER_PENDING,
                s -> Map.of("supporterId", flow.informal), ORGANISATION_OWN));
        rows.put("POST /cases/{reference}/handovers/{handoverId}/decline", row(HANDOVER_PENDING,
                s -> Map.of("reason", "NO_CAPACITY"), ORGANISATION_OWN));
        rows.put("GET /handovers/{handoverId}", row(HANDOVER_PENDING, null, COORDINATOR, ORGANISATION_OWN));
        rows.put("POST /cases/{reference}/close", row(OWNED, s -> Map.of("outcome", "RESOLVED"), CASE_OWNERS));
        rows.put("POST /cases/{reference}/experience", row(CLOSED, s -> Map.of("helpful", 5), COORDINATOR, SUPPORTER_OWN));
        rows.put("POST /cases/{reference}/reopen", row(CLOSED, null, COORDINATOR));
        rows.put("GET /queue/{section}", row(NOTHING, null, COORDINATOR));
        rows.put("GET /queue/offers", row(NOTHING, null, COORDINATOR));
        rows.put("GET /caseload", row(NOTHING, null, COORDINATOR));
        rows.put("GET /inbox", row(OFFERED, null, ORGANISATION_OWN, ORGANISATION_OTHER));
        rows.put("GET /organisation-cases", row(OWNED, null, ORGANISATION_OWN, ORGANISATION_OTHER));
        rows.put("GET /my-cases", row(OWNED, null, SUPPORTER_OWN, SUPPORTER_OTHER));
        rows.put("PUT /residents/{pseudonym}/personal-details", row(NOTHING, s -> Map.of("name", "Matrix Resident"), COORDINATOR));
        rows.put("GET /residents/{pseudonym}/personal-details",
                new Row(REGISTERED, "?reason=checking-access", null, Set.of(COORDINATOR)));
        rows.put("DELETE /residents/{pseudonym}/personal-details", row(REGISTERED, null, COORDINATOR, ADMINISTRATOR));
        rows.put("GET /audit", row(NOTHING, null, ADMINISTRATOR));
        rows.put("GET /audit/export", row(NOTHING, null, ADMINISTRATOR));
        rows.put("GET /operations/vault/master-keys", row(NOTHING, null, ADMINISTRATOR));
        rows.put("POST /operations/vault/rewrap", row(NOTHING, null, ADMINISTRATOR));
        return rows;
    }

    private static Row row(Stage stage, Function<Scene, Object> body, Party... allowed) {
        return new Row(stage, "", body, Set.of(allowed));
    }

    private Scene scene(Stage stage) {
        String pseudonym = "R-MX-" + UUID.randomUUID().toString().substring(0, 8);
        return switch (stage) {
            case NOTHING -> new Scene(pseudonym, "none", "none");
            case OPENED -> new Scene(pseudonym, flow.openedCase(pseudonym), "none");
            case OFFERED -> new Scene(pseudonym, flow.offeredCase(pseudonym, flow.informal), "none");
            case OWNED -> new Scene(pseudonym, flow.acceptedInformalCase(pseudonym), "none");
            case HANDOVER_PENDING -> {
                String[] pending = flow.handoverPendingForTheVolunteers(pseudonym);
                yield new Scene(pseudonym, pending[0], pending[1]);
            }
            case CLOSED -> {
                String reference = flow.acceptedInformalCase(pseudonym);
                CaseFlow.ok(flow.send(HttpMethod.POST, "/cases/" + reference + "/close", Map.of("outcome", "RESOLVED"),
                        Callers.coordinator()));
                yield new Scene(pseudonym, reference, "none");
            }
            case REGISTERED -> {
                CaseFlow.ok(flow.send(HttpMethod.PUT, "/residents/" + pseudonym + "/personal-details",
                        Map.of("name", "Matrix Resident"), Callers.coordinator()));
                yield new Scene(pseudonym, "none", "none");
            }
        };
    }

    /** Well-formed ids of things that do not exist. */
    private static Scene absent() {
        return new Scene("R-ABSENT-" + UUID.randomUUID().toString().substring(0, 8), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
    }

    private ResponseEntity<JsonNode> call(String endpoint, Row row, Scene scene, Party party) {
        String[] verbAndPattern = endpoint.split(" ", 2);
        String path = verbAndPattern[1].replace("{reference}", scene.reference()).replace("{handoverId}", scene.handoverId())
                .replace("{pseudonym}", scene.pseudonym()).replace("{organisationId}", flow.professionals)
                .replace("{section}", "NEW");
        Object body = row.body() == null ? null : row.body().apply(scene);
        // Read as text, so that an endpoint answering with another type than JSON (a CSV export) is called as a client would.
        ResponseEntity<String> answer = http.exchange(path + row.query(), HttpMethod.valueOf(verbAndPattern[0]),
                new HttpEntity<>(body, Callers.bearer(token(party))), String.class);
        return new ResponseEntity<>(json(answer), answer.getHeaders(), answer.getStatusCode());
    }

    private JsonNode json(ResponseEntity<String> answer) {
        MediaType type = answer.getHeaders().getContentType();
        if (answer.getBody() == null || type == null || !(type.isCompatibleWith(MediaType.APPLICATION_JSON)
                || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))) {
            return TextNode.valueOf(answer.getBody());
        }
        try {
            return objectMapper.readTree(answer.getBody());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON although it says so: " + answer.getBody(), e);
        }
    }

    private String token(Party party) {
        return switch (party) {
            case COORDINATOR -> TOKENS.coordinator();
            case ORGANISATION_OWN -> TOKENS.organisation(flow.volunteers);
            case ORGANISATION_OTHER -> TOKENS.organisation(flow.professionals);
            case SUPPORTER_OWN -> TOKENS.supporter(flow.volunteers, flow.informal);
            case SUPPORTER_OTHER -> TOKENS.supporter(flow.professionals, flow.formal);
            case MUNICIPALITY -> TOKENS.municipality("GM0553");
            case ADMINISTRATOR -> TOKENS.administrator();
            case NO_TOKEN -> null;
            case EXPIRED_TOKEN -> TOKENS.expiredCoordinator();
        };
    }

    private static Map<String, Object> openBody(String pseudonym) {
        return Map.of("residentPseudonym", pseudonym, "municipalityCode", "GM0553", "lifeDomains", List.of("CARE_AND_SUPPORT"),
                "targetGroups", List.of("OLDER_PEOPLE"), "phase", "ACCESS", "language", "nl", "urgency", "NORMAL");
    }

    /** Events of the case and about the resident, the resident's stored details and audit entries. */
    private String fingerprint(Scene scene) {
        return jdbc.queryForObject("""
                select (select count(*) from domainevententry where aggregateidentifier = ?) || '/'
                    || (select count(*) from domainevententry where convert_from(payload, 'UTF8') like ?) || '/'
                    || (select count(*) from personal_details where resident_pseudonym = ?) || '/'
                    || (select count(*) from access_audit where resident_pseudonym = ?)""", String.class,
                scene.reference(), "%" + scene.pseudonym() + "%", scene.pseudonym(), scene.pseudonym());
    }

    /** The refusal without {@code instance}, which only echoes the path the caller asked for. */
    private static JsonNode withoutInstance(JsonNode problem) {
        ObjectNode copy = problem.deepCopy();
        copy.remove("instance");
        return copy;
    }
}
