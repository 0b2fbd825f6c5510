package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import nl.samenspel.local.test.ApiDocumentCheck;
import nl.samenspel.local.test.Await;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.events.coordinator.HandoverRequested;
import nl.samenspel.events.coordinator.OfferWithdrawn;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.samenspel.coordinator.Callers.coordinator;
import static nl.samenspel.coordinator.Callers.organisation;
import static nl.samenspel.coordinator.Callers.supporter;
import static nl.samenspel.coordinator.Callers.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator over real PostgreSQL and Kafka: the matching view is seeded by network facts on Kafka; a case
 * is dispatched to an informal supporter, gets an objection deadline, escalates, and the formal organisation's own
 * Kafka consumer receives the handover request, without the summary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.port=0")
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class CoordinatorIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    private final String volunteers = UUID.randomUUID().toString();
    private final String professionals = UUID.randomUUID().toString();
    private final String informal = UUID.randomUUID().toString();
    private final String formal = UUID.randomUUID().toString();

    @BeforeEach
    void seedTheNetwork() {
        NetworkSeed.admit(volunteers, "VOLUNTEER");
        NetworkSeed.admit(professionals, "PROFESSIONAL");
        NetworkSeed.register(informal, volunteers, "INFORMAL", 5);
        NetworkSeed.register(formal, professionals, "FORMAL", 5);
        Await.until(Duration.ofSeconds(60), "the network facts reached the matching view", () -> jdbc.queryForObject(
                "select count(*) from network_supporter where supporter_id in (?, ?)", Integer.class, informal, formal) == 2
                && jdbc.queryForObject("select count(*) from network_organisation where organisation_id in (?, ?)",
                Integer.class, volunteers, professionals) == 2);
    }

    @Test
    void informalCaseWithAnObjectionDeadlineEscalatesAndTheFormalOrganisationHearsOfTheHandover() {
        String reference = openCase("GM0534").getBody().get("caseReference").asText();

        JsonNode candidates = get("/cases/" + reference + "/candidates?limit=100").get("candidates");
        List<String> ranked = candidates.findValuesAsText("supporterId");
        assertThat(ranked.indexOf(informal)).as("informal support first").isNotNegative().isLessThan(ranked.indexOf(formal));
        assertThat(candidates.get(0).get("kind").asText()).isEqualTo("INFORMAL");
        assertThat(candidates.get(0).get("explanation")).isNotEmpty();

        assertThat(post("/cases/" + reference + "/dispatch", Map.of("supporterId", informal), coordinator()).getStatusCode().value()).isEqualTo(200);
        assertThat(post("/cases/" + reference + "/accept", Map.of("supporterId", informal), organisation(volunteers))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(post("/cases/" + reference + "/complexity-flags",
                Map.of("flag", "OBJECTION_DEADLINE", "legalDeadline", LocalDate.now().plusWeeks(6).toString()),
                supporter(volunteers, informal)).getStatusCode().value()).isEqualTo(200);

        JsonNode escalations = get("/queue/ESCALATIONS_WAITING_FOR_FORMAL");
        assertThat(escalations.findValuesAsText("caseReference")).contains(reference);

        post("/cases/" + reference + "/consents", Map.of("organisationId", professionals), coordinator());
        ResponseEntity<JsonNode> handover = post("/cases/" + reference + "/handovers", Map.of(
                "toOrganisationId", professionals, "toSupporterId", formal, "reason", "ESCALATION", "coSupport", true,
                "summary", Map.of("questionSoFar", "Objection against a household-help decision",
                        "agreementsMade", "Weekly call", "nextSteps", "File the objection")), coordinator());
        assertThat(handover.getStatusCode().value()).isEqualTo(201);
        String handoverId = handover.getBody().get("handoverId").asText();

        List<ConsumerRecord<String, String>> received = NetworkSeed.readUntil(Topics.handoversFor(professionals), reference,
                CoordinatorEvents.HANDOVER_REQUESTED.type());
        ConsumerRecord<String, String> record = received.stream()
                .filter(r -> r.value().contains(CoordinatorEvents.HANDOVER_REQUESTED.type())).findFirst().orElseThrow();
        HandoverRequested fact = IntegrationEvents.dataOf(IntegrationEvents.parse(record.value()), CoordinatorEvents.HANDOVER_REQUESTED);
        assertThat(fact.caseReference()).isEqualTo(reference);
        assertThat(fact.reason()).isEqualTo("ESCALATION");
        assertThat(fact.warm()).isTrue();
        assertThat(fact.residentPseudonym()).isEqualTo("R-IT-0001");
        assertThat(fact.detailsLink()).isEqualTo("/handovers/" + handoverId);
        assertThat(record.value()).as("the summary never goes on Kafka").doesNotContain("household-help");

        ResponseEntity<JsonNode> summary = http.exchange("/handovers/" + handoverId, HttpMethod.GET,
                new HttpEntity<>(organisation(professionals)), JsonNode.class);
        assertThat(summary.getBody().get("summary").get("nextSteps").asText()).isEqualTo("File the objection");
        assertThat(http.exchange("/handovers/" + handoverId, HttpMethod.GET, new HttpEntity<>(organisation(volunteers)),
                JsonNode.class).getStatusCode().value()).as("another organisation").isEqualTo(403);

        assertThat(post("/cases/" + reference + "/handovers/" + handoverId + "/accept", Map.of("supporterId", formal),
                organisation(professionals)).getStatusCode().value()).isEqualTo(200);
        assertLifecycleHas(reference, CoordinatorEvents.CASE_ESCALATED.type());
    }

    @Test
    void refusedCommandsAreProblemDetails() {
        ResponseEntity<JsonNode> outside = openCase("GM0392");
        assertThat(outside.getStatusCode().value()).isEqualTo(422);
        assertThat(outside.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(outside.getBody().get("detail").asText()).contains("outside this network's region");

        assertThat(post("/cases/no-such-case/dispatch", Map.of("supporterId", informal), coordinator()).getStatusCode().value())
                .isEqualTo(404);

        String reference = openCase("GM1525").getBody().get("caseReference").asText();
        ResponseEntity<JsonNode> conflicted = post("/cases/" + reference + "/dispatch", Map.of("supporterId", informal),
                coordinator());
        assertThat(conflicted.getStatusCode().value()).isEqualTo(200);
        ResponseEntity<JsonNode> second = post("/cases/" + reference + "/dispatch", Map.of("supporterId", formal), coordinator());
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody().get("current").get("state").asText()).isEqualTo("OFFERED");

        post("/cases/" + reference + "/accept", Map.of("supporterId", informal), organisation(volunteers));
        ResponseEntity<JsonNode> future = post("/cases/" + reference + "/hours",
                Map.of("minutes", 60, "workedOn", LocalDate.now().plusDays(2).toString()), supporter(volunteers, informal));
        assertThat(future.getStatusCode().value()).isEqualTo(422);
        ResponseEntity<JsonNode> negative = post("/cases/" + reference + "/hours",
                Map.of("minutes", -60, "workedOn", LocalDate.now().toString()), supporter(volunteers, informal));
        assertThat(negative.getStatusCode().value()).isEqualTo(422);
        ResponseEntity<JsonNode> noConsent = post("/cases/" + reference + "/handovers", Map.of("toOrganisationId", professionals,
                "reason", "EXPERTISE", "summary", Map.of("questionSoFar", "q", "agreementsMade", "a", "nextSteps", "n")),
                supporter(volunteers, informal));
        assertThat(noConsent.getStatusCode().value()).isEqualTo(422);
        assertThat(noConsent.getBody().get("detail").asText()).contains("consent");
    }

    @Test
    void notEligibleSupporterIsRefusedWithTheReason() {
        String reference = openCase("GM1525", Map.of("complexityFlags", List.of("SAFETY_CONCERN"))).getBody()
                .get("caseReference").asText();
        ResponseEntity<JsonNode> refused = post("/cases/" + reference + "/dispatch", Map.of("supporterId", informal), coordinator());
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().get("detail").asText()).contains("needs a formal supporter");
    }

    @Test
    void anOfferWaitingForAnswerTakesThePlaceOfASupporterWithOneFreePlace() {
        String single = UUID.randomUUID().toString();
        NetworkSeed.register(single, volunteers, "INFORMAL", 1);
        Await.until(Duration.ofSeconds(60), "the supporter reached the matching view", () -> jdbc.queryForObject(
                "select count(*) from network_supporter where supporter_id = ?", Integer.class, single) == 1);
        String first = openCase("GM1525").getBody().get("caseReference").asText();
        String second = openCase("GM1525").getBody().get("caseReference").asText();
        assertThat(post("/cases/" + first + "/dispatch", Map.of("supporterId", single), coordinator())
                .getStatusCode().value()).isEqualTo(200);
        Await.until(Duration.ofSeconds(30), "the offer reached the case view",
                () -> "OFFERED".equals(get("/cases/" + first).get("state").asText()));

        ResponseEntity<JsonNode> refused = post("/cases/" + second + "/dispatch", Map.of("supporterId", single), coordinator());
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().get("detail").asText()).contains("no free capacity (1 of 1 places taken)");
        assertThat(excluded(get("/cases/" + second + "/candidates?limit=100"), single).findValuesAsText("reason"))
                .as("the coordinator sees why").contains("AT_CAPACITY");

        assertThat(post("/cases/" + first + "/accept", Map.of("supporterId", single), organisation(volunteers))
                .getStatusCode().value()).as("the offer's own place is the one it accepts").isEqualTo(200);
        Await.until(Duration.ofSeconds(30), "the acceptance reached the case view",
                () -> "ACCEPTED".equals(get("/cases/" + first).get("state").asText()));
        assertThat(post("/cases/" + second + "/dispatch", Map.of("supporterId", single), coordinator())
                .getStatusCode().value()).as("the accepted case keeps the place").isEqualTo(422);
        assertThat(get("/cases/" + second).get("state").asText()).isEqualTo("OPENED");
    }

    @Test
    void theNextCommandsOnACaseTakeItFromTheCache() {
        String reference = openCase("GM1525").getBody().get("caseReference").asText();
        double hits = cacheHits();

        assertThat(post("/cases/" + reference + "/dispatch", Map.of("supporterId", informal), coordinator())
                .getStatusCode().value()).isEqualTo(200);
        assertThat(post("/cases/" + reference + "/accept", Map.of("supporterId", informal), organisation(volunteers))
                .getStatusCode().value()).isEqualTo(200);

        assertThat(cacheHits()).as("dispatch and acceptance found the case in memory").isGreaterThanOrEqualTo(hits + 2);
    }

    private double cacheHits() {
        return meters.get("cache.gets").tag("cache", "cases").tag("result", "hit").functionCounter().count();
    }

    @Test
    void twoCoordinatorsDispatchingAtOnceExactlyOneWinsTheOtherGets409() throws Exception {
        String reference = openCase("GM0553").getBody().get("caseReference").asText();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> post("/cases/" + reference + "/dispatch", Map.of("supporterId", informal), coordinator()));
            var b = pool.submit(() -> post("/cases/" + reference + "/dispatch", Map.of("supporterId", formal), coordinator()));
            List<Integer> statuses = List.of(a.get().getStatusCode().value(), b.get().getStatusCode().value());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void workQueueShowsOffersWithTimeLeftCaseloadAndTheTimeline() {
        String reference = openCase("GM1525").getBody().get("caseReference").asText();
        assertThat(get("/queue/NEW").findValuesAsText("caseReference")).contains(reference);
        post("/cases/" + reference + "/dispatch", Map.of("supporterId", informal), coordinator());

        JsonNode offer = findByReference(get("/queue/offers"), reference);
        assertThat(java.time.Duration.parse(offer.get("timeLeft").asText())).isPositive();

        post("/cases/" + reference + "/accept", Map.of("supporterId", informal), organisation(volunteers));
        JsonNode load = get("/caseload");
        assertThat(load.findValuesAsText("supporterId")).contains(informal);

        Await.until(Duration.ofSeconds(30), "the timeline shows the case", () -> get("/cases/" + reference + "/timeline")
                .findValuesAsText("fact").containsAll(List.of("CaseOpened", "CaseDispatched", "CaseAccepted")));
        List<ConsumerRecord<String, String>> caseload = NetworkSeed.readUntil(Topics.COORDINATOR_CASELOAD, volunteers,
                CoordinatorEvents.CASELOAD_CHANGED.type());
        assertThat(caseload).anySatisfy(r -> assertThat(r.value()).contains(informal));
    }

    @Test
    void suspendedOrganisationsSupportersAreNotProposed() {
        NetworkSeed.suspend(volunteers);
        Await.until(Duration.ofSeconds(60), "the organisation is suspended in the matching view", () -> "SUSPENDED".equals(jdbc.queryForObject(
                "select status from network_organisation where organisation_id = ?", String.class, volunteers)));
        String reference = openCase("GM1525").getBody().get("caseReference").asText();

        JsonNode candidates = get("/cases/" + reference + "/candidates?limit=100");
        assertThat(candidates.get("candidates").findValuesAsText("supporterId")).doesNotContain(informal).contains(formal);
        assertThat(excluded(candidates, informal).findValuesAsText("reason")).as("why the coordinator does not see them")
                .contains("ORGANISATION_SUSPENDED");
        ResponseEntity<JsonNode> refused = post("/cases/" + reference + "/dispatch", Map.of("supporterId", informal), coordinator());
        assertThat(refused.getBody().get("detail").asText()).contains("the organisation is suspended");
    }

    @Test
    void caseOpenedWithAComplaintDeadlineCannotBeDispatchedToOrAcceptedByAnInformalSupporter() {
        String reference = openCase("GM1525", Map.of("complexityFlags", List.of("COMPLAINT_DEADLINE"),
                "legalDeadline", LocalDate.now().plusWeeks(6).toString())).getBody().get("caseReference").asText();

        JsonNode candidates = get("/cases/" + reference + "/candidates?limit=100");
        assertThat(candidates.get("candidates").findValuesAsText("supporterId")).doesNotContain(informal).contains(formal);
        assertThat(excluded(candidates, informal).findValuesAsText("reason")).contains("NEEDS_FORMAL_SUPPORTER");
        ResponseEntity<JsonNode> dispatch = post("/cases/" + reference + "/dispatch", Map.of("supporterId", informal), coordinator());
        assertThat(dispatch.getStatusCode().value()).isEqualTo(422);
        assertThat(dispatch.getBody().get("detail").asText()).contains("complaint deadline");

        assertThat(post("/cases/" + reference + "/dispatch", Map.of("organisationId", volunteers), coordinator())
                .getStatusCode().value()).as("an offer to the organisation, naming no supporter").isEqualTo(200);
        ResponseEntity<JsonNode> accept = post("/cases/" + reference + "/accept", Map.of("supporterId", informal),
                organisation(volunteers));
        assertThat(accept.getStatusCode().value()).isEqualTo(422);
        assertThat(get("/cases/" + reference).get("state").asText()).isEqualTo("OFFERED");
    }

    @Test
    void coordinatorWithdrawsAnUnansweredOfferAndTheOrganisationSeesItOnItsTopic() {
        String reference = openCase("GM0553").getBody().get("caseReference").asText();
        post("/cases/" + reference + "/dispatch", Map.of("supporterId", informal), coordinator());
        assertThat(offerDeadlines(reference)).as("the acceptance deadline runs").isOne();

        ResponseEntity<JsonNode> withdrawn = post("/cases/" + reference + "/offer/withdrawal", Map.of("reason", "BETTER_MATCH"),
                coordinator());
        assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);

        assertThat(offerDeadlines(reference)).as("the acceptance deadline is cancelled").isZero();
        assertThat(get("/queue/NEW").findValuesAsText("caseReference")).as("back in the queue").contains(reference);
        ConsumerRecord<String, String> record = NetworkSeed.readUntil(Topics.handoversFor(volunteers), reference,
                CoordinatorEvents.OFFER_WITHDRAWN.type()).stream()
                .filter(r -> r.value().contains(CoordinatorEvents.OFFER_WITHDRAWN.type())).findFirst().orElseThrow();
        OfferWithdrawn fact = IntegrationEvents.dataOf(IntegrationEvents.parse(record.value()), CoordinatorEvents.OFFER_WITHDRAWN);
        assertThat(fact.reason()).isEqualTo("BETTER_MATCH");
        assertThat(fact.supporterId()).isEqualTo(informal);

        ResponseEntity<JsonNode> lateAccept = post("/cases/" + reference + "/accept", Map.of("supporterId", informal),
                organisation(volunteers));
        assertThat(lateAccept.getStatusCode().value()).isEqualTo(409);
        assertThat(lateAccept.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(get("/cases/" + reference).get("state").asText()).isEqualTo("OPENED");
        assertThat(post("/cases/" + reference + "/offer/withdrawal", Map.of("reason", "OTHER"), coordinator())
                .getStatusCode().value()).as("nothing left to withdraw").isEqualTo(409);
    }

    @Test
    void secondExperienceOfACaseIsRefusedWith409AndStoresNothing() {
        String reference = openCase("GM0534").getBody().get("caseReference").asText();
        post("/cases/" + reference + "/dispatch", Map.of("supporterId", informal), coordinator());
        post("/cases/" + reference + "/accept", Map.of("supporterId", informal), organisation(volunteers));
        post("/cases/" + reference + "/close", Map.of("outcome", "RESOLVED"), coordinator());
        assertThat(post("/cases/" + reference + "/experience", Map.of("helpful", 5, "wouldRecommend", 4), coordinator())
                .getStatusCode().value()).isEqualTo(200);

        ResponseEntity<JsonNode> again = post("/cases/" + reference + "/experience", Map.of("helpful", 1),
                supporter(volunteers, informal));

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(again.getBody().get("detail").asText()).contains("already recorded");
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ? and payloadtype like ?",
                Integer.class, reference, "%ExperienceRecordedEvent")).isOne();
    }

    @Test
    void deescalationIsPublishedOnceTheReceivingSideAcceptsNeverForARefusedRequest() {
        String reference = openCase("GM0575").getBody().get("caseReference").asText();
        post("/cases/" + reference + "/dispatch", Map.of("supporterId", formal), coordinator());
        post("/cases/" + reference + "/accept", Map.of("supporterId", formal), organisation(professionals));
        Map<String, Object> deescalation = Map.of("toOrganisationId", volunteers, "reason", "DEESCALATION");

        String refused = post("/cases/" + reference + "/handovers", deescalation, coordinator()).getBody().get("handoverId").asText();
        assertThat(post("/cases/" + reference + "/handovers/" + refused + "/decline", Map.of("reason", "NO_CAPACITY"),
                organisation(volunteers)).getStatusCode().value()).isEqualTo(200);
        String accepted = post("/cases/" + reference + "/handovers", deescalation, coordinator()).getBody().get("handoverId").asText();
        assertThat(post("/cases/" + reference + "/handovers/" + accepted + "/accept", Map.of("supporterId", informal),
                organisation(volunteers)).getStatusCode().value()).isEqualTo(200);

        List<CloudEvent> lifecycle = NetworkSeed.readUntil(Topics.COORDINATOR_CASE_LIFECYCLE, reference,
                CoordinatorEvents.CASE_DEESCALATED.type()).stream().map(r -> IntegrationEvents.parse(r.value())).toList();
        List<String> types = lifecycle.stream().map(CloudEvent::type).toList();
        assertThat(types).as("one de-escalation: the refused request was none")
                .containsOnlyOnce(CoordinatorEvents.CASE_DEESCALATED.type());
        assertThat(types.indexOf(CoordinatorEvents.CASE_DEESCALATED.type()))
                .as("published with the handover, after it was accepted")
                .isGreaterThan(types.indexOf(CoordinatorEvents.CASE_HANDED_OVER.type()));
    }

    /** Acceptance deadlines of the case still scheduled (db-scheduler keeps the deadline's name and scope in its data). */
    private int offerDeadlines(String reference) {
        return jdbc.queryForObject("select count(*) from scheduled_tasks where position(convert_to(?, 'UTF8') in task_data) > 0"
                + " and position(convert_to('offer-acceptance', 'UTF8') in task_data) > 0", Integer.class, reference);
    }

    private static JsonNode excluded(JsonNode candidateList, String supporterId) {
        for (JsonNode item : candidateList.get("excluded")) {
            if (supporterId.equals(item.get("supporterId").asText())) {
                return item;
            }
        }
        throw new AssertionError("No " + supporterId + " among the excluded of " + candidateList);
    }

    private static JsonNode findByReference(JsonNode list, String reference) {
        for (JsonNode item : list) {
            if (reference.equals(item.get("caseReference").asText())) {
                return item;
            }
        }
        throw new AssertionError("No " + reference + " in " + list);
    }

    @Test
    void apiDocumentDeclaresTheTokenTheProblemAnswersAndABodyExampleOfEveryOperation() {
        JsonNode api = get("/v3/api-docs");

        assertThat(ApiDocumentCheck.shortcomings(api)).isEmpty();
        assertThat(api.path("paths").path("/cases").path("post").path("responses").has("201")).isTrue();
        assertThat(api.path("paths").path("/cases/{reference}/handovers").path("post").path("responses").has("201")).isTrue();
        assertThat(api.path("paths").path("/handovers/{handoverId}").path("get").path("responses").has("422")).isTrue();
    }

    @Test
    void openApiDocumentDescribesTheCaseApi() {
        JsonNode api = get("/v3/api-docs");
        assertThat(api.get("paths").has("/cases/{reference}/dispatch")).isTrue();
        assertThat(api.get("paths").get("/cases/{reference}/dispatch").toString()).doesNotContain("\"supporterId\",\"in\":\"query\"");
    }

    @Test
    void sameIdempotencyKeyOpensOneCase() {
        HttpHeaders headers = with(coordinator(), "Idempotency-Key", "open-" + UUID.randomUUID());
        ResponseEntity<JsonNode> first = post("/cases", openBody("GM0575", Map.of()), headers);
        ResponseEntity<JsonNode> again = post("/cases", openBody("GM0575", Map.of()), headers);
        assertThat(again.getBody().get("caseReference")).isEqualTo(first.getBody().get("caseReference"));
    }

    private void assertLifecycleHas(String reference, String type) {
        List<ConsumerRecord<String, String>> lifecycle = NetworkSeed.readUntil(Topics.COORDINATOR_CASE_LIFECYCLE, reference, type);
        assertThat(lifecycle).extracting(r -> IntegrationEvents.parse(r.value())).extracting(CloudEvent::type).contains(type);
        // The pseudonym goes out only on the opening, so monitoring can count residents apart from their issues.
        assertThat(lifecycle).filteredOn(r -> !IntegrationEvents.parse(r.value()).type().equals(CoordinatorEvents.CASE_OPENED.type()))
                .allSatisfy(r -> assertThat(r.value()).doesNotContain("R-IT-0001"));
        assertThat(lifecycle).filteredOn(r -> IntegrationEvents.parse(r.value()).type().equals(CoordinatorEvents.CASE_OPENED.type()))
                .allSatisfy(r -> assertThat(IntegrationEvents.dataOf(IntegrationEvents.parse(r.value()), CoordinatorEvents.CASE_OPENED)
                        .residentPseudonym()).isEqualTo("R-IT-0001"));
    }

    private ResponseEntity<JsonNode> openCase(String municipality) {
        return openCase(municipality, Map.of());
    }

    private ResponseEntity<JsonNode> openCase(String municipality, Map<String, Object> extra) {
        return post("/cases", openBody(municipality, extra), coordinator());
    }

    private static Map<String, Object> openBody(String municipality, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("residentPseudonym", "R-IT-0001", "municipalityCode", municipality,
                "lifeDomains", List.of("CARE_AND_SUPPORT"), "targetGroups", List.of("OLDER_PEOPLE"), "phase", "ACCESS",
                "language", "nl", "urgency", "NORMAL"));
        body.putAll(extra);
        return body;
    }

    private ResponseEntity<JsonNode> post(String path, Object body, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private JsonNode get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(coordinator()), JsonNode.class).getBody();
    }
}
