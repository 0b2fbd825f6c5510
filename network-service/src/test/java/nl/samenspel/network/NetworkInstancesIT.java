package nl.samenspel.network;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.DeliveryCheck;
import nl.samenspel.local.test.Instances;
import nl.samenspel.local.test.ServiceInstances;
import nl.samenspel.local.test.ServiceProcess;
import nl.samenspel.local.test.TestTokenIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the network-service, each its own OS process (the {@code -exec} jar), on one schema and one Kafka
 * broker, with organisations applying on one instance and admitted on the other. The instances share the caseload
 * consumer group's partitions; one of them holds the publisher and the directory. Killed with SIGKILL, its
 * processors are taken over by the other within the claim timeout, and after its restart every acknowledged admission
 * is stored and published once in effect, in order, never under another id.
 */
class NetworkInstancesIT {

    private static final String SCHEMA = "network_instances";
    private static final String GROUP_PREFIX = "instances-" + UUID.randomUUID() + "-";
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PAUSE_BETWEEN_ADMISSIONS = Duration.ofMillis(100);
    /** One connection for the test thread's checks, which read many rows one after the other. */
    private static final JdbcTemplate SQL = new JdbcTemplate(new SingleConnectionDataSource(
            TestInfrastructure.jdbcUrl(), TestInfrastructure.dbUser(), TestInfrastructure.dbPassword(), true));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> admitted = Collections.synchronizedList(new ArrayList<>());
    private final List<ServiceProcess> serving = new CopyOnWriteArrayList<>();

    @Test
    void twoInstancesShareTheConsumerGroupAndTheSurvivorTakesOverTheProcessorsOfAKilledOne() throws Exception {
        try (ServiceInstances instances = new ServiceInstances("network-service", SCHEMA,
                "--samenspel.kafka.consumer-group-prefix=" + GROUP_PREFIX,
                "--axon.eventhandling.tokenstore.claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s")) {
            List<ServiceProcess> two = instances.startTwo();
            ServiceProcess a = two.get(0);
            ServiceProcess b = two.get(1);
            serving.addAll(List.of(a, b));
            Instances.awaitConsumerGroupShared(GROUP_PREFIX + "network-caseload", 2);
            Await.until(Duration.ofSeconds(60), "one instance publishes", () ->
                    Instances.segmentHolders(SCHEMA, "kafka-publisher").size() == 1);

            AtomicBoolean loading = new AtomicBoolean(true);
            CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
                while (loading.get()) {
                    applyAndAdmit();
                    LockSupport.parkNanos(PAUSE_BETWEEN_ADMISSIONS.toNanos());
                }
            });
            awaitMoreAdmissions(10, "admissions on both instances");
            ServiceProcess killed = Instances.segmentHolders(SCHEMA, "kafka-publisher").contains(a.pid()) ? a : b;
            ServiceProcess survivor = killed == a ? b : a;
            serving.remove(killed);
            killed.kill();
            long killedAt = System.nanoTime();
            Await.until(Duration.ofSeconds(60), "the survivor holds the publisher and the directory", () ->
                    Instances.segmentHolders(SCHEMA, "kafka-publisher").equals(Set.of(survivor.pid()))
                            && Instances.segmentHolders(SCHEMA, "directory").equals(Set.of(survivor.pid())));
            Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
            assertThat(takeover).isLessThan(CLAIM_TIMEOUT.plusSeconds(10));
            awaitMoreAdmissions(5, "admissions on the survivor");
            serving.add(instances.restart(killed));
            awaitMoreAdmissions(5, "admissions after the restart");
            loading.set(false);
            load.join();

            Map<String, List<String>> committed = new LinkedHashMap<>();
            for (String organisation : admitted) {
                List<String> ids = SQL.queryForList("select eventidentifier from " + SCHEMA + ".domainevententry"
                        + " where aggregateidentifier = ? and payloadtype like '%OrganisationAdmittedEvent'", String.class, organisation);
                assertThat(ids).as("acknowledged admission of %s", organisation).hasSize(1);
                committed.put(organisation, ids);
            }
            int repeated = DeliveryCheck.assertDeliveredInOrder(TestInfrastructure.kafka().bootstrapServers(),
                    Topics.NETWORK_ORGANISATIONS, committed, value -> IntegrationEvents.parse(value).id());
            System.out.printf("Two network instances: %d admissions, takeover after the kill in %d ms, %d records repeated%n",
                    admitted.size(), takeover.toMillis(), repeated);
        }
    }

    /** Applies on one serving instance and admits on the other; an instance going away leaves it unacknowledged. */
    private void applyAndAdmit() {
        List<ServiceProcess> instances = new ArrayList<>(serving);
        Collections.rotate(instances, admitted.size());
        String token = TestTokenIssuer.get().coordinator();
        try {
            String organisation = JSON.readTree(instances.get(0).postForBody("/organisations", Map.of(
                    "name", "Buurtteam (two instances)", "kvkNumber", String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)),
                    "kind", "PROFESSIONAL", "municipalities", List.of("GM0534"), "contactPoint", "desk@example.org",
                    "decidesOnAccess", false), token)).path("organisationId").asText();
            instances.get(instances.size() - 1).postForBody("/organisations/" + organisation + "/admission", Map.of(), token);
            admitted.add(organisation);
        } catch (IOException | IllegalStateException instanceGone) {
            // Not acknowledged: the instance was killed under the request.
        }
    }

    private void awaitMoreAdmissions(int more, String what) {
        int target = admitted.size() + more;
        Await.until(Duration.ofSeconds(60), what, () -> admitted.size() >= target);
    }
}
