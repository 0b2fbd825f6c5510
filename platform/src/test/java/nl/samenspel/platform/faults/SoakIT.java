package nl.samenspel.platform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.network.NetworkApplication;
import nl.samenspel.platform.LocalPlatform;
import nl.samenspel.signalling.SignallingApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static nl.samenspel.platform.faults.FaultPlatform.ok;
import static nl.samenspel.platform.faults.FaultPlatform.send;
import static nl.samenspel.platform.faults.FaultPlatform.sql;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Soak: steady load on the local platform for {@code soak.minutes} at {@code soak.rate} case flows per second (each
 * flow is four commands: open, dispatch, accept, close), printing every {@code soak.report-seconds} the heap, each
 * tracking processor's lag, the connection pools and the topics' end offsets; at the end it says whether they stayed
 * flat, and fails if not. Runs only when {@code -Dsoak.minutes} is given; see the README section "Fault tests" for the command.
 */
@EnabledIfSystemProperty(named = "soak.minutes", matches = "\\d+")
class SoakIT {

    private static final List<String> SCHEMAS = List.of("network", "coordinator", "signalling");
    private static final Map<String, Class<?>> SERVICES = Map.of("network", NetworkApplication.class,
            "coordinator", CoordinatorApplication.class, "signalling", SignallingApplication.class);

    /** Hikari's maximum pool size per service (samenspel-defaults.yml). */
    private static final int POOL_SIZE = 10;

    /** One report line's numbers. */
    private record Sample(long heapAfterGc, long maxLag, int busiestPool, long endOffsets) {
    }

    @Test
    void heapLagPoolsAndTopicGrowthStayFlatUnderSteadyLoad() throws Exception {
        int minutes = Integer.getInteger("soak.minutes");
        double rate = Double.parseDouble(System.getProperty("soak.rate", "2"));
        int reportSeconds = Integer.getInteger("soak.report-seconds", 60);
        LocalPlatform platform = FaultPlatform.platform();
        List<JsonNode> supporters = candidates();
        AtomicInteger flows = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ScheduledExecutorService load = Executors.newScheduledThreadPool(4);
        load.scheduleAtFixedRate(() -> {
            try {
                flow(supporters.get(flows.getAndIncrement() % supporters.size()));
            } catch (RuntimeException | AssertionError e) {
                failures.incrementAndGet();
            }
        }, 0, (long) (1_000_000 / rate), TimeUnit.MICROSECONDS);

        List<Sample> samples = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        try (Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
            while (System.nanoTime() < end) {
                Thread.sleep(reportSeconds * 1000L);
                samples.add(report(kafka, flows.get(), failures.get()));
            }
        } finally {
            load.shutdownNow();
            load.awaitTermination(30, TimeUnit.SECONDS);
        }

        List<String> verdict = verdict(samples, failures.get(), flows.get());
        System.out.println(verdict.isEmpty() ? "SOAK: flat - heap, lag, pools and topic growth stayed steady"
                : "SOAK: NOT flat - " + String.join("; ", verdict));
        assertThat(verdict).isEmpty();
    }

    private static List<JsonNode> candidates() {
        String probe = FaultPlatform.openCase("soak-probe");
        List<JsonNode> found = new ArrayList<>();
        nl.samenspel.local.test.Await.until(Duration.ofSeconds(90), "the coordinator knows the seeded supporters", () -> {
            found.clear();
            ok(CoordinatorApplication.class, "GET", "/cases/" + probe + "/candidates?limit=20", null, FaultPlatform.coordinator()).forEach(found::add);
            return found.size() >= 5;
        });
        return List.copyOf(found);
    }

    /** A whole case: opened, dispatched, accepted and closed again, so caseloads stay bounded. */
    private static void flow(JsonNode supporter) {
        String supporterId = supporter.path("supporterId").asText();
        String reference = FaultPlatform.openCase("soak-resident");
        ok(CoordinatorApplication.class, "POST", "/cases/" + reference + "/dispatch", Map.of("supporterId", supporterId),
                FaultPlatform.coordinator());
        ok(CoordinatorApplication.class, "POST", "/cases/" + reference + "/accept", Map.of("supporterId", supporterId),
                FaultPlatform.organisation(supporter.path("organisationId").asText()));
        ok(CoordinatorApplication.class, "POST", "/cases/" + reference + "/close", Map.of("outcome", "RESOLVED"),
                FaultPlatform.supporter(supporter.path("organisationId").asText(), supporterId));
    }

    private static Sample report(Admin kafka, int flows, int failures) throws Exception {
        String heapUsed = metric(CoordinatorApplication.class, "jvm.memory.used?tag=area:heap");
        System.gc();
        long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Map<String, Long> lags = lags();
        Map<String, String> pools = new TreeMap<>();
        int active = 0;
        for (Map.Entry<String, Class<?>> service : SERVICES.entrySet()) {
            String busy = metric(service.getValue(), "hikaricp.connections.active");
            pools.put(service.getKey(), busy + " active/" + metric(service.getValue(), "hikaricp.connections.idle") + " idle");
            active = Math.max(active, (int) Double.parseDouble(busy));
        }
        Map<String, Long> offsets = endOffsets(kafka);
        System.out.printf("SOAK %s flows=%d failed=%d heap=%s MB (after GC %d MB) lag=%s pools=%s offsets=%s%n",
                java.time.LocalTime.now().withNano(0), flows, failures, mb(heapUsed), heapAfterGc >> 20, lags, pools, offsets);
        return new Sample(heapAfterGc, lags.values().stream().mapToLong(Long::longValue).max().orElse(0), active,
                offsets.values().stream().mapToLong(Long::longValue).sum());
    }

    /** Per processor: the event store's last global index minus the position in the processor's token. */
    private static Map<String, Long> lags() throws IOException {
        Map<String, Long> lags = new TreeMap<>();
        for (String schema : SCHEMAS) {
            for (Map<String, Object> row : sql().queryForList("select processorname, segment, convert_from(token, 'UTF8') as token,"
                    + " (select coalesce(max(globalindex), 0) from " + schema + ".domainevententry) as head from "
                    + schema + ".tokenentry where token is not null")) {
                long position = position(FaultPlatform.JSON.readTree((String) row.get("token")));
                lags.put(schema + "/" + row.get("processorname") + "/" + row.get("segment"), (Long) row.get("head") - position);
            }
        }
        return lags;
    }

    /** The position in a serialized tracking token: gap-aware ("index"), global-sequence or wrapped (replay). */
    private static long position(JsonNode token) {
        if (token.has("index")) {
            return token.path("index").asLong();
        }
        if (token.has("globalIndex")) {
            return token.path("globalIndex").asLong();
        }
        return token.has("currentToken") ? position(token.path("currentToken")) : 0;
    }

    private static Map<String, Long> endOffsets(Admin kafka) throws Exception {
        var topics = kafka.listTopics().names().get().stream().filter(t -> !t.startsWith("__")).collect(Collectors.toSet());
        var partitions = kafka.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        Map<String, Long> offsets = new TreeMap<>();
        kafka.listOffsets(partitions).all().get().forEach((partition, info) ->
                offsets.merge(partition.topic(), info.offset(), Long::sum));
        return offsets;
    }

    private static String metric(Class<?> service, String name) {
        try {
            return FaultPlatform.JSON.readTree(send(service, "GET", "/actuator/metrics/" + name, null, FaultPlatform.administrator()).body())
                    .path("measurements").path(0).path("value").asText("0");
        } catch (IOException unreadable) {
            return "0";
        }
    }

    private static String mb(String bytes) {
        try {
            return String.valueOf((long) Double.parseDouble(bytes) >> 20);
        } catch (NumberFormatException e) {
            return bytes;
        }
    }

    /**
     * Flat means: the heap after GC in the last third is within 25 % (+ 32 MB) of the first third, the largest lag at
     * the end is small (at most 50 events), the pools are not exhausted, and the topics grow by a steady amount per
     * interval (the last third within half and double of the first third), with fewer than 1 % failed flows.
     */
    private static List<String> verdict(List<Sample> samples, int failures, int flows) {
        List<String> broken = new ArrayList<>();
        if (samples.size() < 3) {
            return List.of("too few samples; run longer than three report intervals");
        }
        int third = samples.size() / 3;
        List<Sample> first = samples.subList(0, third);
        List<Sample> last = samples.subList(samples.size() - third, samples.size());
        double heapFirst = first.stream().mapToLong(Sample::heapAfterGc).average().orElse(0);
        double heapLast = last.stream().mapToLong(Sample::heapAfterGc).average().orElse(0);
        if (heapLast > heapFirst * 1.25 + (32 << 20)) {
            broken.add("heap after GC grew from %d MB to %d MB".formatted((long) heapFirst >> 20, (long) heapLast >> 20));
        }
        long lag = samples.get(samples.size() - 1).maxLag();
        if (lag > 50) {
            broken.add("a processor lags " + lag + " events at the end");
        }
        if (samples.stream().anyMatch(s -> s.busiestPool() >= POOL_SIZE)) {
            broken.add("a connection pool was exhausted");
        }
        double growthFirst = growth(samples, 1, third);
        double growthLast = growth(samples, samples.size() - third, samples.size() - 1);
        if (growthLast < growthFirst / 2 || growthLast > growthFirst * 2) {
            broken.add("topic growth per interval changed from %.0f to %.0f records".formatted(growthFirst, growthLast));
        }
        if (failures * 100 > flows) {
            broken.add(failures + " flows failed");
        }
        return broken;
    }

    private static double growth(List<Sample> samples, int from, int to) {
        int start = Math.max(from, 1);
        return to < start ? 0 : (samples.get(to).endOffsets() - samples.get(start - 1).endOffsets()) / (double) (to - start + 1);
    }
}
