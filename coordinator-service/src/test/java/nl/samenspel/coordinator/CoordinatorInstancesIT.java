package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.DeliveryCheck;
import nl.samenspel.local.test.Instances;
import nl.samenspel.local.test.ServiceInstances;
import nl.samenspel.local.test.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the coordinator-service, each its own OS process (the {@code -exec} jar), on one schema and one
 * Kafka broker, under a load spread across both: cases opened on one instance, dispatched on both at once (one wins,
 * the other answers 409), accepted on either; urgent cases whose acceptance deadline falls due at once. One instance
 * is killed with SIGKILL in the middle, then both are restarted one after the other (the killed one started again,
 * then the other stopped with SIGTERM and started). The instances share the network
 * consumer group's partitions and the timeline's segments; the survivor takes over the killed one's segments within
 * the claim timeout; afterwards every acknowledged command is stored, every committed event is published once in
 * effect (never under another id), every deadline fired once, and each case had one owner at every moment.
 */
class CoordinatorInstancesIT {

    private static final String SCHEMA = "coordinator_instances";
    private static final String GROUP_PREFIX = "instances-" + UUID.randomUUID() + "-";
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    private static final int CLIENTS = 4;
    private static final Duration PAUSE_BETWEEN_FLOWS = Duration.ofMillis(100);
    /** One connection for the test thread's checks, which read many rows one after the other. */
    private static final JdbcTemplate SQL = new JdbcTemplate(new SingleConnectionDataSource(
            TestInfrastructure.jdbcUrl(), TestInfrastructure.dbUser(), TestInfrastructure.dbPassword(), true));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String organisation = UUID.randomUUID().toString();
    private final String supporter = UUID.randomUUID().toString();
    private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());
    private final Set<ServiceProcess> serving = ConcurrentHashMap.newKeySet();
    private final AtomicInteger steps = new AtomicInteger();

    @Test
    void twoInstancesShareTheWorkSurviveAKillAndARollingRestartWithoutLosingOrDoublingAnything() throws Exception {
        try (ServiceInstances instances = new ServiceInstances("coordinator-service", SCHEMA,
                "--samenspel.kafka.consumer-group-prefix=" + GROUP_PREFIX,
                "--axon.eventhandling.tokenstore.claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s",
                "--samenspel.cases.acceptance-working-days.HIGH=0",
                "--samenspel.deadlines.polling-interval=1s")) {
            List<ServiceProcess> two = instances.startTwo();
            ServiceProcess a = two.get(0);
            ServiceProcess b = two.get(1);
            serving.addAll(List.of(a, b));
            NetworkSeed.admit(organisation, "PROFESSIONAL");
            NetworkSeed.register(supporter, organisation, "FORMAL", 10_000);
            Await.until(Duration.ofSeconds(60), "the instances know the network's supporter", () -> SQL.queryForObject(
                    "select count(*) from " + SCHEMA + ".network_supporter where supporter_id = ?", Integer.class, supporter) == 1);
            Instances.awaitConsumerGroupShared(GROUP_PREFIX + "coordinator-network-view", 2);
            Await.until(Duration.ofSeconds(60), "each instance holds one of the timeline's two segments",
                    () -> Instances.segmentHolders(SCHEMA, "case-timeline").equals(Set.of(a.pid(), b.pid())));

            AtomicBoolean loading = new AtomicBoolean(true);
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(CompletableFuture.runAsync(() -> {
                    while (loading.get()) {
                        flow();
                        // A steady load, not a flood: a restarting instance needs some of the machine too.
                        LockSupport.parkNanos(PAUSE_BETWEEN_FLOWS.toNanos());
                    }
                }));
            }
            awaitMoreSteps(20, "load on both instances");

            serving.remove(a);
            a.kill();
            long killedAt = System.nanoTime();
            Await.until(Duration.ofSeconds(60), "the survivor holds every segment", () ->
                    Instances.segmentHolders(SCHEMA, "case-timeline").equals(Set.of(b.pid())) && Instances.segmentHolders(SCHEMA, "kafka-publisher").equals(Set.of(b.pid())));
            Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
            // Claimed once the claim times out, at the survivor's next look for free segments (every 5 s).
            assertThat(takeover).isLessThan(CLAIM_TIMEOUT.plusSeconds(10));
            awaitMoreSteps(10, "load on the survivor");
            // The rolling restart: the killed instance comes back, then the other one is stopped and started.
            serving.add(instances.restart(a));
            awaitMoreSteps(10, "load after the restart of the killed instance");
            serving.remove(b);
            b.stop();
            awaitMoreSteps(10, "load while the other instance is stopped");
            serving.add(instances.restart(b));
            awaitMoreSteps(10, "load after the restart of the other instance");
            loading.set(false);
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).join();

            assertThat(refused).as("answers other than a success or a 409 for the race's loser").isEmpty();
            assertEveryAcknowledgedCommandStoredAndEveryDeadlineFiredOnce();
            Map<String, List<String>> committed = new LinkedHashMap<>();
            acknowledged.keySet().forEach(reference -> committed.put(reference, committedIds(reference)));
            int repeated = DeliveryCheck.assertDeliveredInOrder(TestInfrastructure.kafka().bootstrapServers(),
                    Topics.COORDINATOR_CASE_LIFECYCLE, committed, value -> IntegrationEvents.parse(value).id());
            System.out.printf("Two instances: %d cases, %d acknowledged commands, takeover after the kill in %d ms,"
                    + " %d records repeated%n", acknowledged.size(), steps.get(), takeover.toMillis(), repeated);
        }
    }

    /**
     * One case: opened on one instance; an urgent one dispatched there and left to its deadline, any other dispatched
     * on every serving instance at once and accepted on one. A request to an instance that goes away is not
     * acknowledged, and the case is left as it is.
     */
    private void flow() {
        List<ServiceProcess> instances = new ArrayList<>(serving);
        if (instances.isEmpty()) {
            return;
        }
        Collections.rotate(instances, steps.get());
        boolean urgent = steps.get() % 5 == 0;
        try {
            String reference = JSON.readTree(instances.get(0).postForBody("/cases", Map.of("residentPseudonym",
                    "R-" + UUID.randomUUID(), "municipalityCode", "GM0553", "lifeDomains", List.of("CARE_AND_SUPPORT"),
                    "targetGroups", List.of("OLDER_PEOPLE"), "phase", "ACCESS", "language", "nl",
                    "urgency", urgent ? "HIGH" : "NORMAL"), Callers.TOKENS.coordinator())).path("caseReference").asText();
            acknowledge(reference, "CaseOpenedEvent");
            Map<String, String> dispatch = Map.of("supporterId", supporter);
            if (urgent) {
                instances.get(0).postForBody("/cases/" + reference + "/dispatch", dispatch, Callers.TOKENS.coordinator());
                acknowledge(reference, "CaseDispatchedEvent");
                acknowledge(reference, "OfferExpiredEvent");
                return;
            }
            List<CompletableFuture<HttpResponse<String>>> race = instances.stream()
                    .map(instance -> instance.post("/cases/" + reference + "/dispatch", dispatch, Callers.TOKENS.coordinator()))
                    .toList();
            int won = 0;
            for (CompletableFuture<HttpResponse<String>> answer : race) {
                HttpResponse<String> response = answer.exceptionally(instanceGone -> null).join();
                if (response != null && response.statusCode() / 100 == 2) {
                    won++;
                } else if (response != null && response.statusCode() != 409) {
                    refused.add("dispatch " + reference + ": " + response.statusCode() + " " + response.body());
                }
            }
            if (won > 1) {
                refused.add("dispatch " + reference + " won " + won + " times");
            }
            if (won == 0) {
                return;
            }
            acknowledge(reference, "CaseDispatchedEvent");
            instances.get(instances.size() - 1).postForBody("/cases/" + reference + "/accept", dispatch,
                    Callers.TOKENS.organisation(organisation));
            acknowledge(reference, "CaseAcceptedEvent");
        } catch (IOException | IllegalStateException instanceGone) {
            // Not acknowledged: the instance was killed or stopped under the request.
        }
    }

    private void acknowledge(String reference, String event) {
        acknowledged.computeIfAbsent(reference, r -> Collections.synchronizedList(new ArrayList<>())).add(event);
        steps.incrementAndGet();
    }

    private void awaitMoreSteps(int more, String what) {
        int target = steps.get() + more;
        Await.until(Duration.ofSeconds(60), what, () -> steps.get() >= target);
    }

    private void assertEveryAcknowledgedCommandStoredAndEveryDeadlineFiredOnce() {
        Await.until(Duration.ofSeconds(60), "every urgent case's deadline fired", () -> acknowledged.entrySet().stream()
                .filter(c -> c.getValue().contains("OfferExpiredEvent"))
                .allMatch(c -> types(c.getKey()).contains("OfferExpiredEvent")));
        for (Map.Entry<String, List<String>> c : acknowledged.entrySet()) {
            List<String> stored = types(c.getKey());
            assertThat(stored).as("case %s", c.getKey()).containsAll(c.getValue());
            assertThat(stored.stream().filter("OfferExpiredEvent"::equals).count()).as("deadlines fired for %s", c.getKey())
                    .isEqualTo(c.getValue().contains("OfferExpiredEvent") ? 1 : 0);
            assertThat(stored.stream().filter("CaseDispatchedEvent"::equals).count()).as("dispatches of %s", c.getKey())
                    .isLessThanOrEqualTo(1);
            String owner = CaseOwnership.lastOwner(SQL, SCHEMA + ".domainevententry", c.getKey());
            if (c.getValue().contains("CaseAcceptedEvent")) {
                assertThat(owner).as("owner of %s", c.getKey()).isEqualTo(supporter);
            }
        }
    }

    private static List<String> types(String reference) {
        return SQL.queryForList("select payloadtype from " + SCHEMA + ".domainevententry where aggregateidentifier = ?"
                + " order by sequencenumber", String.class, reference).stream().map(t -> t.replaceFirst(".*\\.", "")).toList();
    }

    private static List<String> committedIds(String reference) {
        return SQL.queryForList("select eventidentifier from " + SCHEMA + ".domainevententry where aggregateidentifier = ?"
                + " order by sequencenumber", String.class, reference);
    }
}
