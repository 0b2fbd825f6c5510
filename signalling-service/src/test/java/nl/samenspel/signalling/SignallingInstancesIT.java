package nl.samenspel.signalling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.Instances;
import nl.samenspel.local.test.ServiceInstances;
import nl.samenspel.local.test.ServiceProcess;
import nl.samenspel.local.test.TestTokenIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the signalling-service, each its own OS process (the {@code -exec} jar), on one schema, with two
 * organisations filing signals on either instance. One instance runs the bundling saga; killed with SIGKILL, the other
 * takes the saga over within the claim timeout, and after the restart every acknowledged signal is stored, no signal
 * was bundled into two collective signals (the saga handled each signal once), and each collective signal's
 * acknowledgement deadline fired exactly once.
 */
class SignallingInstancesIT {

    private static final String SCHEMA = "signalling_instances";
    private static final String SAGA = "SignalBundlingSagaProcessor";
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PAUSE_BETWEEN_SIGNALS = Duration.ofMillis(100);
    private static final List<String> CATEGORIES = List.of("ACCESS_AND_PROCEDURES", "WAITING_TIMES",
            "TREATMENT_AND_COMMUNICATION", "MISSING_PROVISION", "RULES_AND_POLICY", "COOPERATION_BETWEEN_ORGANISATIONS",
            "MONEY_AND_LIVELIHOOD", "HOUSING", "OTHER");
    /** One connection for the test thread's checks, which read many rows one after the other. */
    private static final JdbcTemplate SQL = new JdbcTemplate(new SingleConnectionDataSource(
            TestInfrastructure.jdbcUrl(), TestInfrastructure.dbUser(), TestInfrastructure.dbPassword(), true));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> filed = Collections.synchronizedList(new ArrayList<>());
    private final List<ServiceProcess> serving = new CopyOnWriteArrayList<>();

    @Test
    void theSurvivorTakesOverTheSagaAndEverySignalIsBundledOnceAndEveryDeadlineFiresOnce() throws Exception {
        try (ServiceInstances instances = new ServiceInstances("signalling-service", SCHEMA,
                // Its listeners read what other tests publish; this test is about the saga and the deadlines.
                "--spring.kafka.listener.auto-startup=false",
                "--axon.eventhandling.tokenstore.claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s",
                "--signalling.collective-signals.acknowledge-within=PT2S",
                "--signalling.collective-signals.answer-within=PT1H",
                "--samenspel.deadlines.polling-interval=1s")) {
            List<ServiceProcess> two = instances.startTwo();
            ServiceProcess a = two.get(0);
            ServiceProcess b = two.get(1);
            serving.addAll(List.of(a, b));
            Await.until(Duration.ofSeconds(60), "one instance runs the saga",
                    () -> Set.of(a.pid(), b.pid()).containsAll(Instances.segmentHolders(SCHEMA, SAGA))
                            && Instances.segmentHolders(SCHEMA, SAGA).size() == 1);

            AtomicBoolean loading = new AtomicBoolean(true);
            CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
                while (loading.get()) {
                    file();
                    LockSupport.parkNanos(PAUSE_BETWEEN_SIGNALS.toNanos());
                }
            });
            awaitMoreSignals(12, "signals on both instances");
            ServiceProcess killed = Instances.segmentHolders(SCHEMA, SAGA).contains(a.pid()) ? a : b;
            ServiceProcess survivor = killed == a ? b : a;
            serving.remove(killed);
            killed.kill();
            long killedAt = System.nanoTime();
            Await.until(Duration.ofSeconds(60), "the survivor runs the saga",
                    () -> Instances.segmentHolders(SCHEMA, SAGA).equals(Set.of(survivor.pid())));
            Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
            assertThat(takeover).isLessThan(CLAIM_TIMEOUT.plusSeconds(10));
            awaitMoreSignals(9, "signals on the survivor");
            serving.add(instances.restart(killed));
            awaitMoreSignals(9, "signals after the restart");
            loading.set(false);
            load.join();

            for (String signal : filed) {
                assertThat(count(signal, "SignalFiledEvent")).as("acknowledged signal %s", signal).isEqualTo(1);
            }
            Map<String, String> bundledInto = new HashMap<>();
            List<String> collectives = new ArrayList<>();
            for (String payload : SQL.queryForList("select convert_from(payload, 'UTF8') from " + SCHEMA + ".domainevententry"
                    + " where payloadtype like '%CollectiveSignalRaisedEvent'", String.class)) {
                JsonNode raised = JSON.readTree(payload);
                String collective = raised.path("collectiveSignalId").asText();
                collectives.add(collective);
                raised.path("signalIds").forEach(signal -> assertThat(bundledInto.put(signal.asText(), collective))
                        .as("signal %s bundled twice", signal.asText()).isNull());
            }
            assertThat(collectives).as("collective signals raised from the load").isNotEmpty();
            Await.until(Duration.ofSeconds(60), "every collective signal's acknowledgement deadline fired",
                    () -> collectives.stream().allMatch(c -> count(c, "CollectiveSignalOverdueEvent") >= 1));
            for (String collective : collectives) {
                assertThat(count(collective, "CollectiveSignalOverdueEvent")).as("deadlines fired for %s", collective).isEqualTo(1);
            }
            System.out.printf("Two signalling instances: %d signals, %d collective signals, saga taken over in %d ms%n",
                    filed.size(), collectives.size(), takeover.toMillis());
        }
    }

    /** Files a signal on a serving instance, for two organisations in turn, across the categories. */
    private void file() {
        List<ServiceProcess> instances = new ArrayList<>(serving);
        int number = filed.size();
        Collections.rotate(instances, number);
        String organisation = "org-" + run + "-" + number % 2;
        Map<String, Object> signal = Map.of("organisationId", organisation, "municipalityCode", "GM0553",
                "categoryCode", CATEGORIES.get(number / 3 % CATEGORIES.size()), "lifeDomain", "CARE_AND_SUPPORT",
                "targetGroup", "OLDER_PEOPLE", "description", "Residents wait months for an answer.", "residentsConcerned", 2);
        try {
            HttpResponse<String> answer = instances.get(0).post("/signals", signal,
                    TestTokenIssuer.get().organisation(organisation)).exceptionally(gone -> null).join();
            if (answer != null && answer.statusCode() == 201) {
                filed.add(JSON.readTree(answer.body()).path("signalId").asText());
            } else if (answer != null) {
                throw new AssertionError("POST /signals: " + answer.statusCode() + " " + answer.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitMoreSignals(int more, String what) {
        int target = filed.size() + more;
        Await.until(Duration.ofSeconds(60), what, () -> filed.size() >= target);
    }

    private static int count(String aggregate, String eventType) {
        return SQL.queryForObject("select count(*) from " + SCHEMA + ".domainevententry where aggregateidentifier = ?"
                + " and payloadtype like ?", Integer.class, aggregate, "%" + eventType);
    }
}
