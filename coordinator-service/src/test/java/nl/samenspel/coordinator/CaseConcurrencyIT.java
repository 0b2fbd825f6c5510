package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;

import static nl.samenspel.coordinator.Callers.coordinator;
import static nl.samenspel.coordinator.Callers.organisation;
import static nl.samenspel.coordinator.Callers.supporter;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients act on the same cases at the same moment: coordinators dispatching, organisations accepting,
 * supporters and coordinators asking for handovers, receiving organisations answering. For every race exactly one
 * request wins, every loser gets 409 with the case's current state (or 403 once the case is no longer addressed to
 * it), and each case's event stream shows exactly one owner at every moment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.port=0")
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class CaseConcurrencyIT {

    private static final int CASES = 6;

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private final String[] organisations = {UUID.randomUUID().toString(), UUID.randomUUID().toString()};
    private final String[][] supporters = {
            {UUID.randomUUID().toString(), UUID.randomUUID().toString()},
            {UUID.randomUUID().toString(), UUID.randomUUID().toString()}};

    @BeforeEach
    void seedTwoOrganisationsWithTwoFormalSupportersEach() {
        for (int o = 0; o < 2; o++) {
            NetworkSeed.admit(organisations[o], "PROFESSIONAL");
            for (String supporter : supporters[o]) {
                NetworkSeed.register(supporter, organisations[o], "FORMAL", 100);
            }
        }
        Await.until(Duration.ofSeconds(60), "the coordinator knows both organisations' supporters", () -> jdbc.queryForObject(
                "select count(*) from network_supporter where organisation_id in (?, ?)", Integer.class,
                organisations[0], organisations[1]) == 4);
    }

    @Test
    void everyRaceHasOneWinnerLosersGet409AndEachCaseHasOneOwnerAtEveryMoment() throws Exception {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(post("/cases", Map.of("residentPseudonym", "R-RACE-" + i, "municipalityCode", "GM0553",
                    "lifeDomains", List.of("CARE_AND_SUPPORT"), "targetGroups", List.of("OLDER_PEOPLE"), "phase", "ACCESS",
                    "language", "nl", "urgency", "NORMAL"), coordinator()).getBody().path("caseReference").asText());
        }

        race(cases, c -> List.of(
                () -> post("/cases/" + c + "/dispatch", Map.of("supporterId", supporters[0][0]), coordinator()),
                () -> post("/cases/" + c + "/dispatch", Map.of("supporterId", supporters[0][1]), coordinator()),
                () -> post("/cases/" + c + "/dispatch", Map.of("supporterId", supporters[1][0]), coordinator()),
                () -> post("/cases/" + c + "/dispatch", Map.of("supporterId", supporters[1][1]), coordinator())));

        race(cases, c -> {
            int offered = indexOf(current(c).path("offeredOrganisationId").asText());
            HttpHeaders organisation = organisation(organisations[offered]);
            return List.of(
                    () -> post("/cases/" + c + "/accept", Map.of("supporterId", supporters[offered][0]), organisation),
                    () -> post("/cases/" + c + "/accept", Map.of("supporterId", supporters[offered][1]), organisation),
                    () -> post("/cases/" + c + "/dispatch", Map.of("supporterId", supporters[1 - offered][0]), coordinator()));
        });

        race(cases, c -> {
            JsonNode owned = current(c);
            String other = organisations[1 - indexOf(owned.path("ownerOrganisationId").asText())];
            HttpHeaders owner = supporter(owned.path("ownerOrganisationId").asText(), owned.path("ownerSupporterId").asText());
            return List.of(
                    () -> post("/cases/" + c + "/handovers", Map.of("toOrganisationId", other, "reason", "CAPACITY"), owner),
                    () -> post("/cases/" + c + "/handovers", Map.of("toOrganisationId", other, "reason", "EXPERTISE"), coordinator()),
                    () -> post("/cases/" + c + "/handovers", Map.of("toOrganisationId", other, "reason", "MOVING"), coordinator()));
        });

        Map<String, String> receivers = new java.util.concurrent.ConcurrentHashMap<>();
        race(cases, c -> {
            JsonNode pending = current(c);
            int receiving = indexOf(pending.path("handoverToOrganisationId").asText());
            receivers.put(c, organisations[receiving]);
            String path = "/cases/" + c + "/handovers/" + pending.path("handoverId").asText();
            HttpHeaders receiver = organisation(organisations[receiving]);
            return List.of(
                    () -> post(path + "/accept", Map.of("supporterId", supporters[receiving][0]), receiver),
                    () -> post(path + "/accept", Map.of("supporterId", supporters[receiving][1]), receiver),
                    () -> post(path + "/decline", Map.of("reason", "NO_CAPACITY"), receiver));
        }, c -> !receivers.get(c).equals(current(c).path("ownerOrganisationId").asText()));

        for (String c : cases) {
            String owner = CaseOwnership.lastOwner(jdbc, "domainevententry", c);
            assertThat(owner).as("case %s has an owner", c).isNotNull();
            assertThat(current(c).path("ownerSupporterId").asText()).as("case %s's owner", c).isEqualTo(owner);
        }
    }

    private void race(List<String> cases, Function<String, List<Callable<ResponseEntity<JsonNode>>>> racers) throws Exception {
        race(cases, racers, c -> false);
    }

    /**
     * Starts every case's racers at the same moment; for each case exactly one request succeeds and the others are
     * refused with 409 and the state the case is in, or, where the winner took the case away from the losers' party
     * ({@code noLongerTheirs}, e.g. a declined handover), with 403: the case is not addressed to them any more.
     */
    private void race(List<String> cases, Function<String, List<Callable<ResponseEntity<JsonNode>>>> racers,
                      Predicate<String> noLongerTheirs) throws Exception {
        List<List<Callable<ResponseEntity<JsonNode>>>> perCase = cases.stream().map(racers).toList();
        int total = perCase.stream().mapToInt(List::size).sum();
        ExecutorService clients = Executors.newFixedThreadPool(total);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<List<Future<ResponseEntity<JsonNode>>>> answers = new ArrayList<>();
            for (List<Callable<ResponseEntity<JsonNode>>> racersOfCase : perCase) {
                answers.add(racersOfCase.stream().map(racer -> clients.submit(() -> {
                    start.await();
                    return racer.call();
                })).toList());
            }
            start.countDown();
            for (int i = 0; i < cases.size(); i++) {
                List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
                for (Future<ResponseEntity<JsonNode>> answer : answers.get(i)) {
                    responses.add(answer.get());
                }
                assertThat(responses).as("case %s", cases.get(i))
                        .filteredOn(r -> r.getStatusCode().is2xxSuccessful()).hasSize(1);
                boolean forbidden = noLongerTheirs.test(cases.get(i));
                assertThat(responses).filteredOn(r -> !r.getStatusCode().is2xxSuccessful()).allSatisfy(loser -> {
                    assertThat(loser.getStatusCode().value()).as(String.valueOf(loser.getBody())).isIn(forbidden ? List.of(403, 409) : List.of(409));
                    if (loser.getStatusCode().value() == 409) {
                        assertThat(loser.getBody().path("current").path("state").asText()).isNotEmpty();
                    }
                });
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private int indexOf(String organisationId) {
        return organisations[0].equals(organisationId) ? 0 : 1;
    }

    private JsonNode current(String reference) {
        return http.exchange("/cases/" + reference, HttpMethod.GET, new HttpEntity<>(coordinator()), JsonNode.class).getBody();
    }

    private ResponseEntity<JsonNode> post(String path, Object body, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
