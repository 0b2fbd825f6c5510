package nl.samenspel.signalling.api;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.local.test.ApiDocumentCheck;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.signalling.CollectiveSignalAnswered;
import nl.samenspel.events.signalling.CollectiveSignalRaised;
import nl.samenspel.events.signalling.SignalAnswered;
import nl.samenspel.events.signalling.SignallingEvents;
import nl.samenspel.kit.web.RequestLog;
import nl.samenspel.signalling.AsCaller;
import nl.samenspel.signalling.Eventually;
import nl.samenspel.signalling.TopicReader;
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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static nl.samenspel.signalling.AsCaller.TOKENS;
import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over real PostgreSQL and Kafka: filing, bundling, answering, and every refusal as problem+json. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SharedContext.PROPERTIES)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class SignallingApiIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private ResponseEntity<JsonNode> post(String path, Object body, String token) {
        return http.exchange(path, HttpMethod.POST, AsCaller.request(token, body), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, AsCaller.request(token, null), JsonNode.class);
    }

    /** The collective signals of a municipality, as the municipality reads them. */
    private JsonNode collectiveSignals(String municipality, String query) {
        return get("/municipalities/" + municipality + "/collective-signals" + query, TOKENS.municipality(municipality)).getBody();
    }

    private static boolean has(JsonNode list, String collectiveSignalId) {
        return list.findValuesAsText("collectiveSignalId").contains(collectiveSignalId);
    }

    private static Map<String, Object> signal(String organisation, String municipality, String category, String description,
                                              int residents) {
        return Map.of("organisationId", organisation, "municipalityCode", municipality, "categoryCode", category,
                "lifeDomain", "CARE_AND_SUPPORT", "targetGroup", "OLDER_PEOPLE", "description", description,
                "residentsConcerned", residents);
    }

    private static JsonNode ofCategory(JsonNode collectiveSignals, String category) {
        com.fasterxml.jackson.databind.node.ArrayNode found = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        collectiveSignals.forEach(signal -> {
            if (signal.path("categoryCode").asText().equals(category)) {
                found.add(signal);
            }
        });
        return found;
    }

    private static java.util.List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private int storedEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Integer.class);
    }

    private void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status, String detailPart, int eventsBefore) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("detail").asText()).contains(detailPart);
        assertThat(storedEvents()).as("a refused request stores nothing").isEqualTo(eventsBefore);
    }

    @Test
    void anIdempotencyKeyBelongsToTheAccountSoTwoAccountsOfOneOrganisationEachFileTheirOwnSignal() {
        Map<String, Object> body = signal("org-keys", "GM0553", "HOUSING", "Older residents wait months for a ramp.", 1);
        String key = "file-" + java.util.UUID.randomUUID();
        String desk = TOKENS.token(Map.of("samenspel_role", "organisation", "organisation_id", "org-keys", "sub", "org-keys-desk"));
        String colleague = TOKENS.token(Map.of("samenspel_role", "organisation", "organisation_id", "org-keys",
                "sub", "org-keys-colleague"));

        ResponseEntity<JsonNode> byDesk = fileWithKey(body, key, desk);
        ResponseEntity<JsonNode> byColleague = fileWithKey(body, key, colleague);
        ResponseEntity<JsonNode> deskAgain = fileWithKey(body, key, desk);

        assertThat(byDesk.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(byColleague.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(byColleague.getBody().path("signalId").asText()).as("the colleague's own signal")
                .isNotEqualTo(byDesk.getBody().path("signalId").asText());
        assertThat(deskAgain.getBody()).as("the desk's retry gets its stored answer").isEqualTo(byDesk.getBody());
        assertThat(jdbc.queryForObject("select count(*) from handled_request where request_id = ?", Integer.class, key))
                .isEqualTo(2);
    }

    private ResponseEntity<JsonNode> fileWithKey(Map<String, Object> body, String key, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(RequestLog.HEADER, key);
        return http.exchange("/signals", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    @Test
    void threeSignalsFromTwoOrganisationsBecomeACollectiveSignalThatTheMunicipalityAnswers() {
        String[] descriptions = {"No emergency housing for older residents after a fire.",
                "Older residents wait months for an adapted home.", "No place to stay after a hospital stay."};
        String[] organisations = {"org-a", "org-b", "org-a"};
        for (int i = 0; i < 3; i++) {
            assertThat(post("/signals", signal(organisations[i], "GM0553", "HOUSING", descriptions[i], 3),
                    TOKENS.organisation(organisations[i])).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        JsonNode collective = Eventually.read(Duration.ofSeconds(30), () -> ofCategory(collectiveSignals("GM0553", ""), "HOUSING"),
                list -> list.size() == 1 && list.get(0).path("descriptions").size() == 3).get(0);
        assertThat(collective.path("signalCount").asInt()).isEqualTo(3);
        assertThat(collective.path("organisationCount").asInt()).isEqualTo(2);
        String id = collective.path("collectiveSignalId").asText();

        String lisse = TOKENS.municipality("GM0553");
        assertThat(post("/municipalities/GM0553/collective-signals/" + id + "/acknowledge", null, lisse).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("/municipalities/GM0553/collective-signals/" + id + "/answer", Map.of(
                "answer", "We open two emergency homes.", "plannedMeasure", "Two emergency homes in Lisse",
                "plannedDate", "2027-02-01"), lisse).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode signals = Eventually.read(Duration.ofSeconds(30),
                () -> get("/signals?organisationId=org-b", TOKENS.supporter("org-b", "sup-b")).getBody(),
                list -> list.size() == 1 && list.get(0).path("status").asText().equals("ANSWERED"));
        assertThat(signals.get(0).path("collectiveSignalId").asText()).isEqualTo(id);

        var feedback = TopicReader.read(Topics.SIGNALLING_FEEDBACK, TopicReader.atLeast(3,
                SignallingEvents.SIGNAL_STATUS_CHANGED.type(), e -> e.data().path("status").asText().equals("ANSWERED")
                        && e.data().path("collectiveSignalId").asText().equals(id)));
        CollectiveSignalAnswered answer = feedback.stream()
                .filter(e -> e.type().equals(SignallingEvents.COLLECTIVE_SIGNAL_ANSWERED.type()) && e.subject().equals(id))
                .map(e -> IntegrationEvents.dataOf(e, SignallingEvents.COLLECTIVE_SIGNAL_ANSWERED)).findFirst().orElseThrow();
        assertThat(answer.plannedMeasure()).isEqualTo("Two emergency homes in Lisse");
        assertThat(answer.plannedDate()).hasToString("2027-02-01");
    }

    @Test
    void collectiveSignalSaysWhatItIsAboutInTheApiAndOnTheMunicipalityTopic() {
        String[] descriptions = {"Debt counselling has a waiting list of five months.",
                "Residents with debts are sent from desk to desk.", "No help with debts in Arabic or Turkish."};
        String[] organisations = {"org-debt-1", "org-debt-2", "org-debt-1"};
        for (int i = 0; i < 3; i++) {
            assertThat(post("/signals", Map.of("organisationId", organisations[i], "municipalityCode", "GM0553",
                    "categoryCode", "MONEY_AND_LIVELIHOOD", "lifeDomain", "MONEY_AND_DEBTS", "targetGroup",
                    i == 2 ? "MIGRATION_BACKGROUND" : "OLDER_PEOPLE", "description", descriptions[i],
                    "residentsConcerned", 3), TOKENS.organisation(organisations[i])).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        JsonNode collective = Eventually.read(Duration.ofSeconds(30), () -> ofCategory(collectiveSignals("GM0553", ""),
                "MONEY_AND_LIVELIHOOD"), list -> list.size() == 1 && list.get(0).path("descriptions").size() == 3).get(0);
        String id = collective.path("collectiveSignalId").asText();

        assertThat(collective.path("categoryCode").asText()).isEqualTo("MONEY_AND_LIVELIHOOD");
        assertThat(texts(collective.path("lifeDomains"))).containsExactly("MONEY_AND_DEBTS");
        assertThat(texts(collective.path("targetGroups"))).containsExactly("MIGRATION_BACKGROUND", "OLDER_PEOPLE");
        assertThat(collective.path("signalCount").asInt()).isEqualTo(3);
        assertThat(collective.path("organisationCount").asInt()).isEqualTo(2);
        assertThat(collective.path("residentsConcerned").asInt()).as("9 residents, rounded to 5").isEqualTo(10);
        assertThat(texts(collective.path("descriptions"))).containsExactly(descriptions);
        JsonNode asCoordinator = get("/collective-signals/" + id, TOKENS.coordinator()).getBody();
        assertThat(asCoordinator.path("descriptions")).isEqualTo(collective.path("descriptions"));
        assertThat(asCoordinator.path("residentsConcerned").asInt()).isEqualTo(10);
        assertThat(get("/collective-signals", TOKENS.coordinator()).getBody().findValuesAsText("collectiveSignalId")).contains(id);

        var raised = TopicReader.read(Topics.municipality("GM0553"), TopicReader.atLeast(1,
                SignallingEvents.COLLECTIVE_SIGNAL_RAISED.type(), e -> e.subject().equals(id)));
        CollectiveSignalRaised record = raised.stream().filter(e -> e.type().equals(SignallingEvents.COLLECTIVE_SIGNAL_RAISED.type())
                && e.subject().equals(id)).map(e -> IntegrationEvents.dataOf(e, SignallingEvents.COLLECTIVE_SIGNAL_RAISED))
                .findFirst().orElseThrow();
        assertThat(record.categoryCode()).isEqualTo("MONEY_AND_LIVELIHOOD");
        assertThat(record.lifeDomains()).containsExactly("MONEY_AND_DEBTS");
        assertThat(record.targetGroups()).containsExactly("MIGRATION_BACKGROUND", "OLDER_PEOPLE");
        assertThat(record.signalCount()).isEqualTo(3);
        assertThat(record.organisationCount()).isEqualTo(2);
        assertThat(record.residentsConcerned()).isEqualTo(10);
        assertThat(record.descriptions()).containsExactly(descriptions);
    }

    @Test
    void fewResidentsConcernedAreNotShownToTheMunicipality() {
        for (String organisation : new String[]{"org-few-1", "org-few-2", "org-few-1"}) {
            assertThat(post("/signals", signal(organisation, "GM1525", "TREATMENT_AND_COMMUNICATION",
                    "Letters from the access team are hard to read.", 1), TOKENS.organisation(organisation)).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
        JsonNode collective = Eventually.read(Duration.ofSeconds(30), () -> ofCategory(collectiveSignals("GM1525", ""),
                "TREATMENT_AND_COMMUNICATION"), list -> list.size() == 1 && list.get(0).path("descriptions").size() == 3).get(0);

        assertThat(collective.has("residentsConcerned") && !collective.path("residentsConcerned").isNull())
                .as("3 residents: below the disclosure threshold").isFalse();
    }

    @Test
    void everyOrganisationInTheBundleReadsTheAnswerOnItsOwnSignalsAndOnItsOwnTopicOnly() {
        String first = "org-answer-" + UUID.randomUUID();
        String second = "org-answer-" + UUID.randomUUID();
        String outsider = "org-answer-" + UUID.randomUUID();
        Map<String, String> filedBy = new java.util.LinkedHashMap<>();
        for (String organisation : new String[]{first, second, first}) {
            ResponseEntity<JsonNode> filed = post("/signals", signal(organisation, "GM1525", "RULES_AND_POLICY",
                    "The new rules for household help are not explained to residents.", 2), TOKENS.organisation(organisation));
            filedBy.put(filed.getBody().path("signalId").asText(), organisation);
        }
        String mine = filedBy.entrySet().stream().filter(e -> e.getValue().equals(second)).findFirst().orElseThrow().getKey();
        String collective = Eventually.read(Duration.ofSeconds(30), () -> get("/signals/" + mine, TOKENS.organisation(second)).getBody(),
                view -> view.path("status").asText().equals("BUNDLED")).path("collectiveSignalId").asText();
        assertThat(post("/municipalities/GM1525/collective-signals/" + collective + "/answer",
                Map.of("answer", "We explain the rules in every kitchen-table talk from March."),
                TOKENS.municipality("GM1525")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode answered = Eventually.read(Duration.ofSeconds(30), () -> get("/signals/" + mine, TOKENS.supporter(second, "sup-2")).getBody(),
                view -> view.path("answer").isObject());
        assertThat(answered.path("answer").path("collectiveSignalId").asText()).isEqualTo(collective);
        assertThat(answered.path("answer").path("text").asText()).isEqualTo("We explain the rules in every kitchen-table talk from March.");
        assertThat(Instant.parse(answered.path("answer").path("answeredAt").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(get("/signals/" + mine, TOKENS.coordinator()).getBody().path("answer")).isEqualTo(answered.path("answer"));
        JsonNode firstsOwn = Eventually.read(Duration.ofSeconds(30), () -> get("/signals", TOKENS.supporter(first, "sup-1")).getBody(),
                list -> list.size() == 2 && list.get(0).path("answer").isObject() && list.get(1).path("answer").isObject());
        assertThat(firstsOwn.findValuesAsText("organisationId")).containsOnly(first);
        assertThat(get("/signals", TOKENS.organisation(outsider)).getBody()).isEmpty();
        assertThat(get("/signals", TOKENS.coordinator()).getStatusCode()).as("a coordinator names the organisation")
                .isEqualTo(HttpStatus.BAD_REQUEST);

        var onFirstsTopic = TopicReader.read(Topics.organisationSignals(first), TopicReader.atLeast(2,
                SignallingEvents.SIGNAL_ANSWERED.type(), e -> true));
        var onSecondsTopic = TopicReader.read(Topics.organisationSignals(second), TopicReader.atLeast(1,
                SignallingEvents.SIGNAL_ANSWERED.type(), e -> true));
        assertThat(onFirstsTopic).extracting(CloudEvent::subject).containsExactlyInAnyOrderElementsOf(filedBy.entrySet().stream()
                .filter(e -> e.getValue().equals(first)).map(Map.Entry::getKey).toList());
        SignalAnswered record = IntegrationEvents.dataOf(onSecondsTopic.get(0), SignallingEvents.SIGNAL_ANSWERED);
        assertThat(onSecondsTopic).hasSize(1);
        assertThat(record.signalId()).isEqualTo(mine);
        assertThat(record.organisationId()).isEqualTo(second);
        assertThat(record.collectiveSignalId()).isEqualTo(collective);
        assertThat(record.answer()).isEqualTo("We explain the rules in every kitchen-table talk from March.");
    }

    @Test
    void collectiveSignalNobodyAcknowledgesShowsAsOverdue() {
        ResponseEntity<JsonNode> raised = post("/collective-signals", Map.of("municipalityCode", "GM0575",
                "categoryCode", "RULES_AND_POLICY", "summary", "The new household-help rules are unclear to residents.",
                "signalIds", java.util.List.of()), TOKENS.coordinator());
        assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = raised.getBody().path("collectiveSignalId").asText();

        JsonNode overdue = java.util.stream.StreamSupport.stream(Eventually.read(Duration.ofSeconds(30),
                        () -> collectiveSignals("GM0575", "?overdue=true"), list -> has(list, id)).spliterator(), false)
                .filter(signal -> signal.path("collectiveSignalId").asText().equals(id)).findFirst().orElseThrow();
        assertThat(overdue.path("acknowledgementOverdue").asBoolean()).isTrue();
        assertThat(overdue.path("origin").asText()).isEqualTo("MANUAL");
    }

    @Test
    void coordinatorMergesOneCollectiveSignalIntoAnother() {
        String coordinator = TOKENS.coordinator();
        String first = post("/collective-signals", Map.of("municipalityCode", "GM1525", "categoryCode",
                "ACCESS_AND_PROCEDURES", "summary", "Forms only online.", "signalIds", java.util.List.of()), coordinator)
                .getBody().path("collectiveSignalId").asText();
        String second = post("/collective-signals", Map.of("municipalityCode", "GM1525", "categoryCode",
                "ACCESS_AND_PROCEDURES", "summary", "No paper forms.", "signalIds", java.util.List.of()), coordinator)
                .getBody().path("collectiveSignalId").asText();
        Eventually.read(Duration.ofSeconds(30), () -> get("/municipalities/GM1525/collective-signals", coordinator).getBody(),
                list -> has(list, first) && has(list, second));

        assertThat(post("/collective-signals/" + second + "/merge", Map.of("intoId", first), coordinator).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode merged = Eventually.read(Duration.ofSeconds(30),
                () -> get("/collective-signals/" + second, coordinator).getBody(),
                view -> view.path("status").asText().equals("MERGED"));
        assertThat(merged.path("mergedInto").asText()).isEqualTo(first);
    }

    @Test
    void signalWithPersonalDataIsRefusedSayingWhatToRemove() {
        int before = storedEvents();
        assertRefused(post("/signals", signal("org-a", "GM0534", "WAITING_TIMES",
                "Mevrouw (bsn 111222333) wacht al 14 weken.", 1), TOKENS.organisation("org-a")), HttpStatus.BAD_REQUEST,
                "a citizen service number (BSN)", before);
    }

    @Test
    void unknownMunicipalityOrCategoryIsRefused() {
        int before = storedEvents();
        String organisation = TOKENS.organisation("org-a");
        assertRefused(post("/signals", signal("org-a", "GM0392", "WAITING_TIMES", "Waiting.", 1), organisation),
                HttpStatus.BAD_REQUEST, "Unknown municipality; known codes are", before);
        assertRefused(post("/signals", signal("org-a", "GM0534", "QUEUES", "Waiting.", 1), organisation),
                HttpStatus.BAD_REQUEST, "Unknown category; known codes are", before);
        assertRefused(get("/municipalities/GM0392/collective-signals", TOKENS.coordinator()), HttpStatus.NOT_FOUND, "GM0392", before);
    }

    @Test
    void formsReadTheSignalCategoriesTheNetworkConfiguredInItsOrder() {
        ResponseEntity<JsonNode> categories = get("/signal-categories", TOKENS.supporter("org-a", "supporter-a"));

        assertThat(categories.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(categories.getBody().findValuesAsText("code")).startsWith("ACCESS_AND_PROCEDURES", "WAITING_TIMES")
                .contains("OTHER").hasSize(9);
        assertThat(categories.getBody().get(1).path("label").asText()).isEqualTo("Waiting times (wachttijden)");
    }

    @Test
    void countBelowZeroIsRefused() {
        int before = storedEvents();
        assertRefused(post("/signals", signal("org-a", "GM0534", "WAITING_TIMES", "Waiting.", -1), TOKENS.organisation("org-a")),
                HttpStatus.BAD_REQUEST, "residentsConcerned", before);
    }

    @Test
    void openApiDocumentDescribesTheEndpoints() {
        JsonNode api = http.getForObject("/v3/api-docs", JsonNode.class);

        assertThat(api.path("paths").has("/signals")).isTrue();
        assertThat(api.path("paths").has("/municipalities/{code}/collective-signals/{id}/answer")).isTrue();
        assertThat(api.path("paths").has("/municipalities/{code}/reports/{period}")).isTrue();
    }

    @Test
    void apiDocumentDeclaresTheTokenTheProblemAnswersAndABodyExampleOfEveryOperation() {
        JsonNode api = http.getForObject("/v3/api-docs", JsonNode.class);

        assertThat(ApiDocumentCheck.shortcomings(api)).isEmpty();
        assertThat(api.path("paths").path("/signals").path("post").path("responses").has("201")).isTrue();
        assertThat(api.path("paths").path("/municipalities/{code}/reports/{period}").path("get").path("responses")
                .has("409")).isTrue();
    }

    @Test
    void thresholdIsFixedByTheNetworksConfigurationAndCannotBeChosenPerRequest() {
        int before = storedEvents();
        for (String threshold : new String[]{"3", "8", "20"}) {
            assertRefused(get("/municipalities/GM0534/reports/2026-10?threshold=" + threshold, TOKENS.municipality("GM0534")),
                    HttpStatus.BAD_REQUEST, "fixed by the network's configuration", before);
        }
    }

    @Test
    void reportOfAPeriodThatHasNotEndedIsRefusedAndCannotBePublished() {
        int before = storedEvents();
        assertRefused(get("/municipalities/GM0534/reports/2999-12", TOKENS.municipality("GM0534")),
                HttpStatus.CONFLICT, "has not ended yet", before);
        assertRefused(get("/municipalities/GM0534/reports/2999-Q4", TOKENS.coordinator()),
                HttpStatus.CONFLICT, "closed periods only", before);
        assertRefused(post("/municipalities/GM0534/reports/2999-12/publish", Map.of(), TOKENS.coordinator()),
                HttpStatus.CONFLICT, "has not ended yet", before);
    }

    @Test
    void reportOfAClosedPeriodThatWasNotPublishedIsNotFound() {
        int before = storedEvents();
        assertRefused(get("/municipalities/GM0534/reports/2001-03", TOKENS.municipality("GM0534")),
                HttpStatus.NOT_FOUND, "has not been published yet", before);
    }

    @Test
    void answeringACollectiveSignalThatWasNeverRaisedIsRefused() {
        int before = storedEvents();
        assertRefused(post("/municipalities/GM0534/collective-signals/never-raised/answer", Map.of("answer", "Yes."),
                        TOKENS.municipality("GM0534")),
                HttpStatus.NOT_FOUND, "never-raised", before);
    }
}
