package nl.samenspel.kit.testservice;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.kit.web.HandledRequestRetention;
import nl.samenspel.kit.web.RequestLog;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TestTokenIssuer;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@code Idempotency-Key} belongs to the caller who sent it (the token's subject): only that caller gets the stored
 * answer back; the same key from anyone else is a request of its own. Answers are kept for a retention, then forgotten.
 */
@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class RequestLogIT {

    private static final TestTokenIssuer TOKENS = TestTokenIssuer.get();

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HandledRequestRetention retention;

    @Test
    void theSameKeyFromTwoCallersRunsEachCallersOwnCommand() {
        String tally = "tally-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        ResponseEntity<JsonNode> first = recordOnce(tally, key, TOKENS.coordinator());
        ResponseEntity<JsonNode> second = recordOnce(tally, key, TOKENS.coordinator());

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(second.getStatusCode().value()).isEqualTo(200);
        assertThat(second.getBody().get("receiptId")).isNotEqualTo(first.getBody().get("receiptId"));
        assertThat(storedEvents(tally)).isEqualTo(2);
        assertThat(recordedAnswers(key)).isEqualTo(2);
    }

    @Test
    void aCallerRepeatingItsKeyGetsTheStoredAnswerAndNoSecondEventAlsoWithARenewedToken() {
        String tally = "tally-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String account = "coordinator-" + UUID.randomUUID();

        ResponseEntity<JsonNode> first = recordOnce(tally, key, coordinatorAccount(account));
        ResponseEntity<JsonNode> again = recordOnce(tally, key, coordinatorAccount(account));

        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(again.getBody().get("receiptId")).isEqualTo(first.getBody().get("receiptId"));
        assertThat(storedEvents(tally)).isOne();
    }

    @Test
    void aRepeatedCreationGetsTheFirstAnswersStatusLocationAndBodyAndCreatesNothingMore() {
        String key = UUID.randomUUID().toString();
        String token = TOKENS.coordinator();

        ResponseEntity<JsonNode> first = startOnce(key, token);
        ResponseEntity<JsonNode> again = startOnce(key, token);

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(first.getHeaders().getLocation()).isNotNull();
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getBody().get("receiptId")).isEqualTo(first.getBody().get("receiptId"));
        String tally = first.getHeaders().getLocation().getPath().substring("/tallies/".length());
        assertThat(storedEvents(tally)).isOne();
    }

    @Test
    void aCallerReusingItsKeyForAnotherRequestIsRefusedWhileAnotherCallerMayUseThatKey() {
        String key = UUID.randomUUID().toString();
        String owner = TOKENS.coordinator();
        String otherTally = "tally-" + UUID.randomUUID();
        recordOnce("tally-" + UUID.randomUUID(), key, owner);

        ResponseEntity<JsonNode> reused = recordOnce(otherTally, key, owner);
        ResponseEntity<JsonNode> someoneElse = recordOnce(otherTally, key, TOKENS.coordinator());

        assertThat(reused.getStatusCode().value()).isEqualTo(422);
        assertThat(reused.getBody().get("detail").asText()).contains("already used");
        assertThat(someoneElse.getStatusCode().value()).isEqualTo(200);
        assertThat(storedEvents(otherTally)).isOne();
    }

    @Test
    void concurrentTwinsOfOneCallersRequestGetOneAnswerAndStoreOneEvent() throws Exception {
        String tally = "tally-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String token = TOKENS.coordinator();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<JsonNode> answers = new ArrayList<>();
        try {
            Callable<ResponseEntity<JsonNode>> twin = () -> recordOnce(tally, key, token);
            for (Future<ResponseEntity<JsonNode>> answer : pool.invokeAll(List.of(twin, twin, twin, twin))) {
                ResponseEntity<JsonNode> response = answer.get(1, TimeUnit.MINUTES);
                assertThat(response.getStatusCode().value()).isEqualTo(200);
                answers.add(response.getBody());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).hasSize(4).containsOnly(answers.get(0));
        assertThat(storedEvents(tally)).isOne();
    }

    @Test
    void anAnswerOlderThanTheRetentionIsForgottenAndTheRequestRunsAgainWhileYoungerOnesAreKept() {
        String tally = "tally-" + UUID.randomUUID();
        String agedKey = UUID.randomUUID().toString();
        String youngKey = UUID.randomUUID().toString();
        String token = TOKENS.coordinator();
        ResponseEntity<JsonNode> first = recordOnce(tally, agedKey, token);
        recordOnce(tally, youngKey, token);
        age(agedKey, "8 days");
        age(youngKey, "6 days");

        assertThat(retention.forgetExpired()).isGreaterThanOrEqualTo(1);

        assertThat(recordedAnswers(agedKey)).isZero();
        assertThat(recordedAnswers(youngKey)).isOne();
        ResponseEntity<JsonNode> late = recordOnce(tally, agedKey, token);
        assertThat(late.getBody().get("receiptId")).isNotEqualTo(first.getBody().get("receiptId"));
        assertThat(storedEvents(tally)).isEqualTo(3);
    }

    @Test
    void forgettingIsScheduledAsARecurringTaskInTheServicesOwnScheduler() {
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ?", Integer.class,
                HandledRequestRetention.TASK)).isOne();
    }

    private void age(String key, String by) {
        jdbc.update("update handled_request set handled_at = handled_at - ?::interval where request_id = ?", by, key);
    }

    /** A token of this account; each call signs a new one, as a client renewing its token gets. */
    private static String coordinatorAccount(String subject) {
        return TOKENS.token(Map.of("samenspel_role", "coordinator", "sub", subject));
    }

    private ResponseEntity<JsonNode> recordOnce(String tally, String key, String token) {
        return http.exchange("/tallies/" + tally + "/once?amount=1", HttpMethod.POST, keyed(key, token), JsonNode.class);
    }

    private ResponseEntity<JsonNode> startOnce(String key, String token) {
        return http.exchange("/tallies/once?amount=1", HttpMethod.POST, keyed(key, token), JsonNode.class);
    }

    private static HttpEntity<Void> keyed(String key, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.set(RequestLog.HEADER, key);
        return new HttpEntity<>(headers);
    }

    private int storedEvents(String tally) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Integer.class, tally);
    }

    private int recordedAnswers(String key) {
        return jdbc.queryForObject("select count(*) from handled_request where request_id = ?", Integer.class, key);
    }
}
