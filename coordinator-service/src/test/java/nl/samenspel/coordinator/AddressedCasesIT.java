package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.samenspel.coordinator.Callers.coordinator;
import static nl.samenspel.coordinator.Callers.organisation;
import static nl.samenspel.coordinator.Callers.supporter;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists an organisation and a supporter work from: each holds exactly what is addressed to the caller, whoever
 * else's cases exist.
 */
class AddressedCasesIT extends AgainstTheNetwork {

    @Test
    void anOrganisationsInboxHoldsTheOffersAndHandoversAddressedToItAndNoOthers() {
        String offered = flow.offeredCase(pseudonym(), flow.informal);
        String[] handover = flow.handoverPendingForTheVolunteers(pseudonym());

        List<String> volunteers = references("/inbox", organisation(flow.volunteers));
        List<String> professionals = references("/inbox", organisation(flow.professionals));

        assertThat(volunteers).contains(offered, handover[0]);
        assertThat(professionals).doesNotContain(offered, handover[0]);
    }

    @Test
    void anOrganisationsCasesAreTheOpenCasesItCarries() {
        String carried = flow.acceptedInformalCase(pseudonym());
        String onlyOffered = flow.offeredCase(pseudonym(), flow.informal);

        assertThat(references("/organisation-cases", organisation(flow.volunteers))).contains(carried).doesNotContain(onlyOffered);
        assertThat(references("/organisation-cases", organisation(flow.professionals))).doesNotContain(carried);
    }

    @Test
    void aSupportersOwnCasesAreThoseTheyCarryAndThoseTheyClosedLast() {
        String open = flow.acceptedInformalCase(pseudonym());
        String closed = flow.acceptedInformalCase(pseudonym());
        CaseFlow.ok(flow.send(HttpMethod.POST, "/cases/" + closed + "/close", Map.of("outcome", "RESOLVED"), coordinator()));

        List<String> informal = references("/my-cases", supporter(flow.volunteers, flow.informal));

        assertThat(informal).contains(open, closed);
        assertThat(informal.indexOf(open)).as("open cases first").isLessThan(informal.indexOf(closed));
        assertThat(references("/my-cases", supporter(flow.professionals, flow.formal))).doesNotContain(open, closed);
    }

    @Test
    void aCaseNamesTheOrganisationsTheResidentConsentedToShareASummaryWith() {
        String reference = flow.acceptedInformalCase(pseudonym());
        CaseFlow.ok(flow.send(HttpMethod.POST, "/cases/" + reference + "/consents", Map.of("organisationId", flow.professionals),
                coordinator()));

        JsonNode consented = flow.send(HttpMethod.GET, "/cases/" + reference, null, organisation(flow.volunteers)).getBody();
        assertThat(consented.path("consentedOrganisationIds")).extracting(JsonNode::asText).containsExactly(flow.professionals);

        CaseFlow.ok(flow.send(HttpMethod.POST, "/cases/" + reference + "/consents/" + flow.professionals + "/withdrawal", null,
                coordinator()));
        assertThat(flow.send(HttpMethod.GET, "/cases/" + reference, null, coordinator()).getBody()
                .path("consentedOrganisationIds")).isEmpty();
    }

    private List<String> references(String path, HttpHeaders caller) {
        ResponseEntity<JsonNode> answer = flow.send(HttpMethod.GET, path, null, caller);
        assertThat(answer.getStatusCode().value()).as("%s: %s", path, answer.getBody()).isEqualTo(200);
        List<String> references = new ArrayList<>();
        answer.getBody().forEach(c -> references.add(c.path("caseReference").asText()));
        return references;
    }

    private static String pseudonym() {
        return "R-AC-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
