package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static nl.samenspel.coordinator.Callers.administrator;
import static nl.samenspel.coordinator.Callers.coordinator;
import static nl.samenspel.coordinator.Callers.organisation;
import static nl.samenspel.coordinator.CaseFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The personal-data vault, consent withdrawal and the audit log over the real PostgreSQL and Kafka. */
class PersonalDataIT extends AgainstTheNetwork {

    private static final Map<String, Object> DETAILS = Map.of("name", "Aaltje Vermeulen", "phone", "06 12345678",
            "email", "aaltje@example.nl", "address", "Kanaalstraat 1, 2161 JA Lisse", "bsn", "111222333");


    private final String pseudonym = "R-PD-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void personalDetailsAreStoredSealedAndEveryReadNamesItsReasonAndIsAudited() {
        assertThat(put(DETAILS).getStatusCode().value()).isEqualTo(204);
        byte[] sealed = jdbc.queryForObject("select sealed from personal_details where resident_pseudonym = ?", byte[].class, pseudonym);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Vermeulen").doesNotContain("111222333");

        assertThat(read(null).getStatusCode().value()).as("a read without a reason").isEqualTo(400);
        ResponseEntity<JsonNode> details = read("preparing the kitchen-table talk");
        assertThat(details.getStatusCode().value()).isEqualTo(200);
        assertThat(details.getBody().get("name").asText()).isEqualTo("Aaltje Vermeulen");
        assertThat(details.getBody().get("bsn").asText()).isEqualTo("111222333");

        JsonNode audit = flow.send(HttpMethod.GET, "/audit?pseudonym=" + pseudonym, null, administrator()).getBody();
        assertThat(audit.findValuesAsText("action")).containsExactly("WRITE_PERSONAL_DETAILS", "READ_PERSONAL_DETAILS");
        assertThat(audit.get(1).get("reason").asText()).isEqualTo("preparing the kitchen-table talk");
        assertThat(audit.get(1).get("actorRole").asText()).isEqualTo("COORDINATOR");
        assertThat(audit.get(1).get("actorSubject").asText()).as("the token's subject").startsWith("test-coordinator-");
        assertThat(audit.toString()).doesNotContain("Vermeulen");
    }

    @Test
    void invalidBsnIsRefusedWithProblemDetailsThatDoNotEchoIt() {
        Map<String, Object> wrong = new HashMap<>(DETAILS);
        wrong.put("bsn", "123456789");
        ResponseEntity<JsonNode> refused = put(wrong);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(refused.getBody().get("detail").asText()).contains("bsn").contains("11-check");
        assertThat(refused.getBody().toString()).doesNotContain("123456789").doesNotContain("Vermeulen");
        assertThat(read("checking").getStatusCode().value()).as("nothing stored").isEqualTo(404);
    }

    @Test
    void erasureDestroysTheDetailsAndTheResidentsKey() {
        put(DETAILS);
        assertThat(flow.send(HttpMethod.DELETE, "/residents/" + pseudonym + "/personal-details?reason=resident asked",
                null, coordinator()).getStatusCode().value()).isEqualTo(204);
        assertThat(read("checking").getStatusCode().value()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from resident_key where resident_pseudonym = ?", Integer.class, pseudonym))
                .isZero();
        JsonNode audit = flow.send(HttpMethod.GET, "/audit?pseudonym=" + pseudonym, null, administrator()).getBody();
        assertThat(audit.findValuesAsText("action")).contains("ERASE_PERSONAL_DATA");
    }

    @Test
    void onlyTheAdministratorReadsTheAuditLogAndNobodyChangesIt() {
        put(DETAILS);
        read("phoning the resident back");
        assertThat(flow.send(HttpMethod.GET, "/audit", null, coordinator()).getStatusCode().value()).isEqualTo(403);
        String tomorrow = Instant.now().plusSeconds(86_400).toString();
        assertThat(flow.send(HttpMethod.GET, "/audit?pseudonym=" + pseudonym + "&from=" + tomorrow, null, administrator())
                .getBody()).as("nothing after tomorrow").isEmpty();
        assertThat(flow.send(HttpMethod.DELETE, "/audit", null, administrator()).getStatusCode().value()).isEqualTo(405);

        assertThatThrownBy(() -> jdbc.update("update access_audit set reason = 'nothing' where resident_pseudonym = ?", pseudonym))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from access_audit where resident_pseudonym = ?", pseudonym))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from access_audit where resident_pseudonym = ? and reason = ?",
                Integer.class, pseudonym, "phoning the resident back")).isEqualTo(1);
    }

    @Test
    void theAuditLogIsFilteredByActorAndExportedAsCsvWithTheSameFilters() {
        put(DETAILS);
        read("call about \"household help\", =HYPERLINK(1)");
        String actor = flow.send(HttpMethod.GET, "/audit?pseudonym=" + pseudonym, null, administrator()).getBody()
                .get(1).get("actorSubject").asText();

        JsonNode byActor = flow.send(HttpMethod.GET, "/audit?pseudonym=" + pseudonym + "&actor=" + actor, null, administrator()).getBody();
        assertThat(byActor.findValuesAsText("action")).as("each test token has a subject of its own")
                .containsExactly("READ_PERSONAL_DETAILS");
        assertThat(flow.send(HttpMethod.GET, "/audit?pseudonym=" + pseudonym + "&actor=someone-else", null, administrator())
                .getBody()).as("another actor").isEmpty();

        ResponseEntity<String> csv = http.exchange("/audit/export?pseudonym=" + pseudonym + "&actor=" + actor, HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(administrator()), String.class);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String[] lines = csv.getBody().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("id,recordedAt,actorSubject");
        assertThat(lines[1]).contains("\"READ_PERSONAL_DETAILS\"", "\"" + pseudonym + "\"", "\"" + actor + "\"")
                .endsWith(",\"call about \"\"household help\"\", =HYPERLINK(1)\"");
        assertThat(csv.getBody()).doesNotContain("Vermeulen");
        assertThat(http.exchange("/audit/export", HttpMethod.GET, new org.springframework.http.HttpEntity<>(coordinator()),
                String.class).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void withdrawnConsentRefusesEveryFurtherReadOfTheSummary() {
        String reference = flow.acceptedInformalCase(pseudonym);
        String handoverId = flow.warmHandover(reference, Map.of("questionSoFar", "Help with household help",
                "agreementsMade", "Weekly call", "nextSteps", "Apply together"), coordinator());

        ResponseEntity<JsonNode> first = flow.summary(handoverId);
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getBody().get("summary").get("nextSteps").asText()).isEqualTo("Apply together");
        JsonNode audit = flow.send(HttpMethod.GET, "/audit?pseudonym=" + pseudonym, null, administrator()).getBody();
        assertThat(audit).anySatisfy(entry -> {
            assertThat(entry.get("action").asText()).isEqualTo("READ_HANDOVER_SUMMARY");
            assertThat(entry.get("handoverId").asText()).isEqualTo(handoverId);
            assertThat(entry.get("caseReference").asText()).isEqualTo(reference);
            assertThat(entry.get("actorOrganisation").asText()).isEqualTo(flow.professionals);
        });

        ok(flow.send(HttpMethod.POST, "/cases/" + reference + "/consents/" + flow.professionals + "/withdrawal", null,
                coordinator()));
        ResponseEntity<JsonNode> refused = flow.summary(handoverId);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(refused.getBody().get("detail").asText()).contains("consent").contains("missing");
        assertThat(refused.getBody().toString()).doesNotContain("Apply together");

        assertThat(flow.send(HttpMethod.GET, "/handovers/" + handoverId, null, organisation(flow.volunteers))
                .getStatusCode().value()).as("another organisation").isEqualTo(403);
    }

    private ResponseEntity<JsonNode> put(Map<String, Object> details) {
        return flow.send(HttpMethod.PUT, "/residents/" + pseudonym + "/personal-details", details, coordinator());
    }

    private ResponseEntity<JsonNode> read(String reason) {
        return flow.send(HttpMethod.GET, "/residents/" + pseudonym + "/personal-details"
                + (reason == null ? "" : "?reason=" + reason), null, coordinator());
    }
}
