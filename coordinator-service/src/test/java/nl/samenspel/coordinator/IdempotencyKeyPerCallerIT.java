package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.kit.web.RequestLog;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.UUID;

import static nl.samenspel.coordinator.Callers.TOKENS;
import static nl.samenspel.coordinator.Callers.bearer;
import static nl.samenspel.coordinator.Callers.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@code Idempotency-Key} belongs to the account that sent it (the token's subject), not to its organisation:
 * another organisation that learns or guesses an organisation's key gets neither its answer nor past the ownership
 * check, two organisations whose keys collide each have their own command run, and so do two accounts of one
 * organisation.
 */
class IdempotencyKeyPerCallerIT extends AgainstTheNetwork {

    @Test
    void anotherOrganisationReplayingAnAcceptsKeyIsRefusedAsWithoutAKeyAndTheOwnerStillGetsItsAnswer() {
        String reference = flow.offeredCase(pseudonym(), flow.informal);
        String key = "accept-" + UUID.randomUUID();
        HttpHeaders volunteers = with(bearer(TOKENS.organisation(flow.volunteers)), RequestLog.HEADER, key);
        String professionals = TOKENS.organisation(flow.professionals);

        ResponseEntity<JsonNode> accepted = accept(reference, volunteers);
        int events = events(reference);
        ResponseEntity<JsonNode> replayed = accept(reference, with(bearer(professionals), RequestLog.HEADER, key));
        ResponseEntity<JsonNode> withoutKey = accept(reference, bearer(professionals));
        ResponseEntity<JsonNode> retried = accept(reference, volunteers);

        assertThat(accepted.getStatusCode().value()).isEqualTo(200);
        assertThat(replayed.getStatusCode().value()).as(String.valueOf(replayed.getBody())).isEqualTo(403);
        assertThat(replayed.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(replayed.getBody()).isEqualTo(withoutKey.getBody());
        assertThat(retried.getStatusCode().value()).isEqualTo(200);
        assertThat(retried.getBody()).isEqualTo(accepted.getBody());
        assertThat(events(reference)).as("no event after the acceptance").isEqualTo(events);
        assertThat(jdbc.queryForObject("select count(*) from handled_request where request_id = ?", Integer.class, key))
                .as("only the owner's answer is recorded").isOne();
    }

    @Test
    void twoOrganisationsWhoseKeysCollideEachHaveTheirOwnAcceptanceRun() {
        String toVolunteers = flow.offeredCase(pseudonym(), flow.informal);
        String toProfessionals = flow.offeredCase(pseudonym(), flow.formal);
        String key = "accept-" + UUID.randomUUID();

        ResponseEntity<JsonNode> volunteers = flow.send(HttpMethod.POST, "/cases/" + toVolunteers + "/accept",
                Map.of("supporterId", flow.informal), with(bearer(TOKENS.organisation(flow.volunteers)), RequestLog.HEADER, key));
        ResponseEntity<JsonNode> professionals = flow.send(HttpMethod.POST, "/cases/" + toProfessionals + "/accept",
                Map.of("supporterId", flow.formal), with(bearer(TOKENS.organisation(flow.professionals)), RequestLog.HEADER, key));

        assertThat(volunteers.getStatusCode().value()).isEqualTo(200);
        assertThat(professionals.getStatusCode().value()).as(String.valueOf(professionals.getBody())).isEqualTo(200);
        assertThat(professionals.getBody().get("caseReference").asText()).isEqualTo(toProfessionals);
        assertThat(flow.send(HttpMethod.GET, "/cases/" + toProfessionals, null, Callers.coordinator()).getBody()
                .get("state").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void twoAccountsOfOneOrganisationSendingTheSameKeyEachHaveTheirOwnCommandRunAndOnlyTheSenderGetsItsAnswer() {
        String first = flow.offeredCase(pseudonym(), flow.informal);
        String second = flow.offeredCase(pseudonym(), flow.informal);
        String key = "accept-" + UUID.randomUUID();
        HttpHeaders desk = with(bearer(account("desk", flow.volunteers)), RequestLog.HEADER, key);
        HttpHeaders colleague = with(bearer(account("colleague", flow.volunteers)), RequestLog.HEADER, key);

        ResponseEntity<JsonNode> byDesk = accept(first, desk);
        int events = events(first);
        ResponseEntity<JsonNode> colleagueOnTheSameCase = accept(first, colleague);
        ResponseEntity<JsonNode> colleagueOnItsOwnCase = accept(second, colleague);
        ResponseEntity<JsonNode> deskAgain = accept(first, desk);

        assertThat(byDesk.getStatusCode().value()).isEqualTo(200);
        assertThat(colleagueOnTheSameCase.getStatusCode().value()).as("the colleague's own acceptance ran, on an accepted case")
                .isEqualTo(409);
        assertThat(colleagueOnItsOwnCase.getStatusCode().value()).as(String.valueOf(colleagueOnItsOwnCase.getBody()))
                .isEqualTo(200);
        assertThat(colleagueOnItsOwnCase.getBody().get("caseReference").asText()).isEqualTo(second);
        assertThat(deskAgain.getBody()).isEqualTo(byDesk.getBody());
        assertThat(events(first)).as("no event after the first acceptance").isEqualTo(events);
        assertThat(flow.send(HttpMethod.GET, "/cases/" + second, null, Callers.coordinator()).getBody()
                .get("state").asText()).isEqualTo("ACCEPTED");
    }

    /** A token of one named account of the organisation: same role and organisation, its own subject. */
    private static String account(String name, String organisationId) {
        return TOKENS.token(Map.of("samenspel_role", "organisation", "organisation_id", organisationId,
                "sub", name + "-" + organisationId));
    }

    private ResponseEntity<JsonNode> accept(String reference, HttpHeaders headers) {
        return flow.send(HttpMethod.POST, "/cases/" + reference + "/accept", Map.of("supporterId", flow.informal), headers);
    }

    private int events(String reference) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Integer.class, reference);
    }

    private static String pseudonym() {
        return "R-IK-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
