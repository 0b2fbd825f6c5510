package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.local.test.Await;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.samenspel.coordinator.Callers.coordinator;
import static nl.samenspel.coordinator.Callers.organisation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small network (a volunteer organisation with an informal supporter, a professional one with a formal supporter)
 * and the HTTP calls of a case's life, for the privacy integration tests.
 */
final class CaseFlow {

    final String volunteers = UUID.randomUUID().toString();
    final String professionals = UUID.randomUUID().toString();
    final String informal = UUID.randomUUID().toString();
    final String formal = UUID.randomUUID().toString();
    private final TestRestTemplate http;
    private final JdbcTemplate jdbc;

    CaseFlow(TestRestTemplate http, JdbcTemplate jdbc) {
        this.http = http;
        this.jdbc = jdbc;
        NetworkSeed.admit(volunteers, "VOLUNTEER");
        NetworkSeed.admit(professionals, "PROFESSIONAL");
        NetworkSeed.register(informal, volunteers, "INFORMAL", 100);
        NetworkSeed.register(formal, professionals, "FORMAL", 100);
        Await.until(Duration.ofSeconds(60), "the network seen by the coordinator", () -> jdbc.queryForObject(
                "select count(*) from network_supporter where supporter_id in (?, ?)", Integer.class, informal, formal) == 2
                && jdbc.queryForObject("select count(*) from network_organisation where organisation_id in (?, ?)",
                Integer.class, volunteers, professionals) == 2);
    }

    /**
     * Suspends both organisations, so their fresh supporters do not outrank those of tests that run later against
     * the same database (ranking breaks ties by supporter id).
     */
    void leave() {
        NetworkSeed.suspend(volunteers);
        NetworkSeed.suspend(professionals);
        Await.until(Duration.ofSeconds(60), "the organisations suspended", () -> jdbc.queryForObject(
                "select count(*) from network_organisation where organisation_id in (?, ?) and status = 'SUSPENDED'",
                Integer.class, volunteers, professionals) == 2);
    }

    /** Opens a case for the resident (as the coordinator); returns the reference. */
    String openedCase(String pseudonym) {
        ResponseEntity<JsonNode> opened = send(HttpMethod.POST, "/cases", Map.of("residentPseudonym", pseudonym,
                "municipalityCode", "GM0553", "lifeDomains", List.of("CARE_AND_SUPPORT"), "targetGroups", List.of("OLDER_PEOPLE"),
                "phase", "ACCESS", "language", "nl", "urgency", "NORMAL"), coordinator());
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
        return opened.getBody().get("caseReference").asText();
    }

    /** Opens a case and offers it to this supporter's organisation, naming the supporter. */
    String offeredCase(String pseudonym, String supporterId) {
        String reference = openedCase(pseudonym);
        ok(send(HttpMethod.POST, "/cases/" + reference + "/dispatch", Map.of("supporterId", supporterId), coordinator()));
        return reference;
    }

    /** Opens a case for the resident, dispatches it to the informal supporter, who accepts; returns the reference. */
    String acceptedInformalCase(String pseudonym) {
        String reference = offeredCase(pseudonym, informal);
        ok(send(HttpMethod.POST, "/cases/" + reference + "/accept", Map.of("supporterId", informal), organisation(volunteers)));
        return reference;
    }

    /**
     * A case of the professionals' formal supporter with a warm handover (consent recorded) pending for the volunteers;
     * returns the reference and the handover id.
     */
    String[] handoverPendingForTheVolunteers(String pseudonym) {
        String reference = offeredCase(pseudonym, formal);
        ok(send(HttpMethod.POST, "/cases/" + reference + "/accept", Map.of("supporterId", formal), organisation(professionals)));
        ok(send(HttpMethod.POST, "/cases/" + reference + "/consents", Map.of("organisationId", volunteers), coordinator()));
        ResponseEntity<JsonNode> handover = send(HttpMethod.POST, "/cases/" + reference + "/handovers", Map.of(
                "toOrganisationId", volunteers, "reason", "CAPACITY", "summary", Map.of("questionSoFar", "Help at home",
                        "agreementsMade", "Weekly call", "nextSteps", "Visit together")), coordinator());
        assertThat(handover.getStatusCode().value()).as(String.valueOf(handover.getBody())).isEqualTo(201);
        return new String[]{reference, handover.getBody().get("handoverId").asText()};
    }

    /** Records consent for the professionals and requests a warm handover to them; returns the handover id. */
    String warmHandover(String reference, Map<String, String> summary, HttpHeaders headers) {
        ok(send(HttpMethod.POST, "/cases/" + reference + "/consents", Map.of("organisationId", professionals), coordinator()));
        ResponseEntity<JsonNode> handover = send(HttpMethod.POST, "/cases/" + reference + "/handovers", Map.of(
                "toOrganisationId", professionals, "reason", "EXPERTISE", "summary", summary), headers);
        assertThat(handover.getStatusCode().value()).isEqualTo(201);
        return handover.getBody().get("handoverId").asText();
    }

    ResponseEntity<JsonNode> summary(String handoverId) {
        return send(HttpMethod.GET, "/handovers/" + handoverId, null, organisation(professionals));
    }

    ResponseEntity<JsonNode> send(HttpMethod method, String path, Object body, HttpHeaders headers) {
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    static void ok(ResponseEntity<?> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
    }
}
