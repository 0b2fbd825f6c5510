package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.samenspel.coordinator.Callers.coordinator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Free text, codes, pseudonyms and care providers over HTTP against real PostgreSQL and Kafka: ordinary sentences
 * (dates, deadlines, semicolons, quotes, '<') are stored and returned as given; personal data, a code that is not a
 * code and a pseudonym that is a BSN, phone number or e-mail are 400 problem+json that store nothing.
 */
class FreeTextIT extends AgainstTheNetwork {

    private static final Map<String, String> ORDINARY_SUMMARY = Map.of(
            "questionSoFar", "Keukentafelgesprek op 05-10-2024 om 14:30 uur bij mevrouw thuis.",
            "agreementsMade", "Bezwaar indienen voor 12-11-2024; de termijn van zes weken loopt dan af.",
            "nextSteps", "Wachttijd < 3 weken en > 2 gesprekken nodig; de klantmanager zei: \"we onderzoeken het\".");

    private final String pseudonym = "R-FT-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void summaryWithADateIsStoredAsGiven() {
        String reference = flow.acceptedInformalCase(pseudonym);
        String handoverId = flow.warmHandover(reference, ORDINARY_SUMMARY, coordinator());

        JsonNode read = flow.summary(handoverId).getBody();
        for (Map.Entry<String, String> field : ORDINARY_SUMMARY.entrySet()) {
            assertThat(read.path("summary").path(field.getKey()).asText()).isEqualTo(field.getValue());
        }
    }

    @Test
    void phoneNumberInASummaryIsRefusedNamingTheFieldAndStoresNothing() {
        String reference = flow.acceptedInformalCase(pseudonym);
        CaseFlow.ok(flow.send(HttpMethod.POST, "/cases/" + reference + "/consents",
                Map.of("organisationId", flow.professionals), coordinator()));
        int before = events(reference);
        Map<String, String> summary = new HashMap<>(ORDINARY_SUMMARY);
        summary.put("nextSteps", "Dochter bellen op +31 6 1234 5678 na het gesprek.");

        ResponseEntity<JsonNode> refused = flow.send(HttpMethod.POST, "/cases/" + reference + "/handovers", Map.of(
                "toOrganisationId", flow.professionals, "reason", "EXPERTISE", "summary", summary), coordinator());

        assertProblem(refused, "summary.nextSteps");
        assertThat(refused.getBody().path("type").asText()).endsWith("/personal-data");
        assertThat(refused.getBody().path("found").get(0).asText()).isEqualTo("PHONE_NUMBER");
        assertThat(refused.getBody().path("detail").asText()).contains("a phone number");
        assertThat(refused.getBody().toString()).doesNotContain("1234");
        assertThat(events(reference)).as("no event stored").isEqualTo(before);
    }

    @Test
    void phoneNumberIsNotALifeDomain() {
        int before = casesOpened();
        Map<String, Object> body = openCase(pseudonym);
        body.put("lifeDomains", List.of("06-12345678"));

        ResponseEntity<JsonNode> refused = flow.send(HttpMethod.POST, "/cases", body, coordinator());

        assertProblem(refused, "lifeDomains[0]");
        assertThat(refused.getBody().path("detail").asText()).contains("CARE_AND_SUPPORT", "LAWS_RULES_AND_OBJECTIONS");
        assertThat(refused.getBody().toString()).doesNotContain("12345678");
        assertNothingOpened(before);
    }

    @Test
    void bsnIsNeverAResidentPseudonym() {
        for (String notAToken : List.of("111222333", "R-111222333", "06-12345678", "j.jansen@example.nl")) {
            int before = casesOpened();
            ResponseEntity<JsonNode> refused = flow.send(HttpMethod.POST, "/cases", openCase(notAToken), coordinator());

            assertProblem(refused, "pseudonym");
            assertThat(refused.getBody().path("detail").asText()).contains("never a BSN, phone number or e-mail address");
            assertThat(refused.getBody().toString()).doesNotContain(notAToken);
            assertNothingOpened(before);
        }
    }

    @Test
    void careProviderNameWithACommaIsOneProvider() {
        Map<String, Object> body = openCase(pseudonym);
        body.put("careProviders", List.of("Zorg en Welzijn, Duin- en Bollenstreek", "  Thuiszorg   De Bollen ", "12345678"));
        ResponseEntity<JsonNode> opened = flow.send(HttpMethod.POST, "/cases", body, coordinator());
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);

        JsonNode read = flow.send(HttpMethod.GET, "/cases/" + opened.getBody().path("caseReference").asText(), null,
                coordinator()).getBody();

        assertThat(read.path("careProviders")).extracting(JsonNode::asText)
                .containsExactly("Zorg en Welzijn, Duin- en Bollenstreek", "Thuiszorg De Bollen", "12345678");
    }

    @Test
    void careProviderWithAPhoneNumberIsRefusedAndNothingIsOpened() {
        int before = casesOpened();
        Map<String, Object> body = openCase(pseudonym);
        body.put("careProviders", List.of("12345678", "Thuiszorg De Bollen (071) 512 34 56"));

        ResponseEntity<JsonNode> refused = flow.send(HttpMethod.POST, "/cases", body, coordinator());

        assertProblem(refused, "careProviders[1]");
        assertThat(refused.getBody().toString()).doesNotContain("512");
        assertNothingOpened(before);
    }

    private static Map<String, Object> openCase(String residentPseudonym) {
        return new HashMap<>(Map.of("residentPseudonym", residentPseudonym, "municipalityCode", "GM0553",
                "lifeDomains", List.of("CARE_AND_SUPPORT"), "targetGroups", List.of("OLDER_PEOPLE"), "phase", "ACCESS",
                "language", "nl", "urgency", "NORMAL"));
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().path("detail").asText()).contains(field);
    }

    private void assertNothingOpened(int before) {
        assertThat(casesOpened()).as("no case opened").isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from case_details where resident_pseudonym = ?", Integer.class,
                pseudonym)).isZero();
    }

    private int casesOpened() {
        return jdbc.queryForObject("select count(*) from domainevententry where payloadtype like '%CaseOpenedEvent'",
                Integer.class);
    }

    private int events(String reference) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Integer.class,
                reference);
    }
}
