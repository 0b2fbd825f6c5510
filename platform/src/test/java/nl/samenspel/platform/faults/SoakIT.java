package nl.samenspel.platform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.local.LocalPostgres;
import nl.samenspel.platform.LocalPlatform;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import static nl.samenspel.platform.faults.FaultPlatform.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Soak: steady load on the local platform for {@code soak.minutes}, offering {@code soak.rate} case flows per second
 * (each flow is four commands: open, dispatch, accept, close) to {@code soak.workers} concurrent clients, the first
 * {@code soak.warmup-seconds} counting as warm-up. Every {@code soak.report-seconds} it prints the interval's figures
 * (flows offered, completed, not started, failed, mean flow time, topic growth), the heap, each tracking processor's
 * and consumer group's lag, the connection pools, and the costliest SQL statements of the interval; at the end it
 * says whether the platform kept up with a flat cost per flow, and fails if not. The build
 * leaves it out; it runs when named, with {@code -Dsoak.minutes}: see docs/fault-tests.md.
 */
@EnabledIfSystemProperty(named = "soak.minutes", matches = "\\d+")
class SoakIT {

    /** Hikari's maximum pool size per service (samenspel-defaults.yml). */
    private static final int POOL_SIZE = 10;
    /** How far each steady interval's completed flows and topic growth may stray from the first steady interval. */
    static final double TOLERANCE = 0.15;
    /** The share of the offered flows that must complete over the steady intervals. */
    static final double RATE_REACHED = 0.95;
    /** Records a Kafka consumer group may be behind at the end: a few seconds' worth, not a backlog. */
    static final int MAX_CONSUMER_LAG = 200;
    /** Default load before the first steady interval: the JIT, caches and pools settle (minutes on a busy machine). */
    static final int WARM_UP_SECONDS = 300;

    /** One interval's figures; counts are for the interval, gauges as read at its end. */
    record Interval(int offered, int completed, int notStarted, int failed, double meanFlowMillis, long topicGrowth,
                    long heapAfterGc, long maxProcessorLag, long maxConsumerLag, int busiestPool) {
    }

    private final AtomicInteger offered = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger notStarted = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final LongAdder flowNanos = new LongAdder();

    @Test
    void completedFlowsTopicGrowthHeapLagAndPoolsStayFlatUnderSteadyLoad() throws Exception {
        int minutes = Integer.getInteger("soak.minutes");
        double rate = Double.parseDouble(System.getProperty("soak.rate", "2"));
        int workers = Integer.getInteger("soak.workers", 8);
        int reportSeconds = Integer.getInteger("soak.report-seconds", 60);
        System.setProperty(LocalPostgres.STATEMENT_STATS, "true");
        LocalPlatform platform = FaultPlatform.platform();
        List<JsonNode> supporters = candidates();
        try (Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
            SoakGauges gauges = new SoakGauges(kafka);
            long offsetsBefore = sum(gauges.endOffsets());
            List<Interval> intervals = run(gauges, supporters, rate, workers, minutes, reportSeconds, offsetsBefore);
            int warmUp = (Integer.getInteger("soak.warmup-seconds", WARM_UP_SECONDS) + reportSeconds - 1) / reportSeconds;
            List<String> verdict = verdict(intervals, warmUp, rate * reportSeconds, workers);
            System.out.println(verdict.isEmpty() ? "SOAK: flat - the offered rate was reached with steady flows, topic growth,"
                    + " heap, lag and pools" : "SOAK: NOT flat - " + String.join("; ", verdict));
            assertThat(verdict).isEmpty();
        }
    }

    /**
     * Open load: a ticker offers a flow every {@code 1/rate} seconds to a free worker; when all workers are busy the
     * flow is counted as not started (the platform is slower than the offered rate) rather than queued.
     */
    private List<Interval> run(SoakGauges gauges, List<JsonNode> supporters, double rate, int workers, int minutes,
                               int reportSeconds, long offsetsBefore) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        Semaphore free = new Semaphore(workers);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> {
            int n = offered.getAndIncrement();
            if (!free.tryAcquire()) {
                notStarted.incrementAndGet();
                return;
            }
            pool.execute(() -> {
                long start = System.nanoTime();
                try {
                    flow(supporters.get(n % supporters.size()), "soak-resident-" + n);
                    flowNanos.add(System.nanoTime() - start);
                    completed.incrementAndGet();
                } catch (RuntimeException | AssertionError e) {
                    failed.incrementAndGet();
                } finally {
                    free.release();
                }
            });
        }, 0, (long) (1_000_000 / rate), TimeUnit.MICROSECONDS);

        List<Interval> intervals = new ArrayList<>();
        long[] previous = {0, 0, 0, 0, offsetsBefore};
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        try {
            while (System.nanoTime() < end) {
                Thread.sleep(reportSeconds * 1000L);
                intervals.add(report(gauges, intervals.size() + 1, previous));
            }
        } finally {
            ticker.shutdownNow();
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        return intervals;
    }

    private static List<JsonNode> candidates() {
        return FaultPlatform.candidates("soak-probe", 5);
    }

    /**
     * A whole case: opened, dispatched, accepted and closed again, so caseloads stay bounded. Each for a resident of
     * its own, as in the benchmark: one resident with thousands of cases is not a steady state (matching reads every
     * earlier case of the resident for continuity).
     */
    private static void flow(JsonNode supporter, String resident) {
        String supporterId = supporter.path("supporterId").asText();
        String reference = FaultPlatform.openCase(resident);
        ok(CoordinatorApplication.class, "POST", "/cases/" + reference + "/dispatch", Map.of("supporterId", supporterId),
                FaultPlatform.coordinator());
        ok(CoordinatorApplication.class, "POST", "/cases/" + reference + "/accept", Map.of("supporterId", supporterId),
                FaultPlatform.organisation(supporter.path("organisationId").asText()));
        ok(CoordinatorApplication.class, "POST", "/cases/" + reference + "/close", Map.of("outcome", "RESOLVED"),
                FaultPlatform.supporter(supporter.path("organisationId").asText(), supporterId));
    }

    /** Reads the interval's counts (against {@code previous}: offered, completed, not started, failed, offsets) and gauges. */
    private Interval report(SoakGauges gauges, int number, long[] previous) throws Exception {
        long[] now = {offered.get(), completed.get(), notStarted.get(), failed.get(), 0};
        double meanMillis = flowNanos.sumThenReset() / 1e6 / Math.max(1, now[1] - previous[1]);
        String heapUsed = SoakGauges.metric(CoordinatorApplication.class, "jvm.memory.used?tag=area:heap");
        System.gc();
        long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Map<String, Long> processorLags = gauges.processorLags();
        Map<String, Long> consumerLags = gauges.consumerLags();
        Map<String, String> pools = new TreeMap<>();
        int busiest = 0;
        for (Map.Entry<String, Class<?>> service : SoakGauges.SERVICES.entrySet()) {
            String active = SoakGauges.metric(service.getValue(), "hikaricp.connections.active");
            pools.put(service.getKey(), active + " active/" + SoakGauges.metric(service.getValue(), "hikaricp.connections.idle") + " idle");
            busiest = Math.max(busiest, (int) Double.parseDouble(active));
        }
        Map<String, Long> offsets = gauges.endOffsets();
        now[4] = sum(offsets);
        Interval interval = new Interval((int) (now[0] - previous[0]), (int) (now[1] - previous[1]), (int) (now[2] - previous[2]),
                (int) (now[3] - previous[3]), meanMillis, now[4] - previous[4], heapAfterGc,
                max(processorLags), max(consumerLags), busiest);
        System.arraycopy(now, 0, previous, 0, now.length);
        System.out.printf("SOAK %s #%d offered=%d completed=%d not-started=%d failed=%d mean-flow=%.0f ms topic-growth=%d"
                        + " heap=%s MB (after GC %d MB) lag=%s consumer-lag=%s pools=%s offsets=%s%n",
                java.time.LocalTime.now().withNano(0), number, interval.offered(), interval.completed(), interval.notStarted(),
                interval.failed(), meanMillis, interval.topicGrowth(), mb(heapUsed), heapAfterGc >> 20, processorLags,
                consumerLags, pools, offsets);
        gauges.costliestStatements(8).forEach(line -> System.out.println("SOAK-SQL #" + number + " " + line));
        return interval;
    }

    /**
     * Flat means, with the intervals of the first {@code soak.warmup-seconds} (default {@value #WARM_UP_SECONDS}) as
     * warm-up (JIT, caches, pools) and the next as the reference ("first steady interval"):
     * <ul>
     *   <li>the offered rate was reached: at least {@value #RATE_REACHED} of the flows offered in the steady
     *       intervals completed (otherwise the rate is above what the platform does here, and the test says so);</li>
     *   <li>every steady interval completed as many flows, and grew the topics by as many records, as the reference,
     *       within {@value #TOLERANCE}: a falling figure is a cost per flow that grows with the data;</li>
     *   <li>heap after GC in the last third within 25 % (+ 32 MB) of the first steady third;</li>
     *   <li>at the end no tracking processor more than 50 events behind and no consumer group more than
     *       {@value #MAX_CONSUMER_LAG} records behind; no connection pool exhausted; fewer than 1 % failed flows.</li>
     * </ul>
     */
    static List<String> verdict(List<Interval> intervals, int warmUp, double offeredPerInterval, int workers) {
        if (intervals.size() < warmUp + 2) {
            return List.of("too few intervals; run at least two report intervals past the warm-up");
        }
        List<Interval> steady = intervals.subList(warmUp, intervals.size());
        Interval reference = steady.get(0);
        List<String> broken = new ArrayList<>();
        int offeredSteady = steady.stream().mapToInt(Interval::offered).sum();
        int completedSteady = steady.stream().mapToInt(Interval::completed).sum();
        if (completedSteady < offeredSteady * RATE_REACHED) {
            broken.add(("the offered rate (%.0f flows per interval) is above this platform's capacity here: %d of %d flows"
                    + " completed, %d not started because all %d workers were busy").formatted(offeredPerInterval,
                    completedSteady, offeredSteady, steady.stream().mapToInt(Interval::notStarted).sum(), workers));
        }
        for (int i = 1; i < steady.size(); i++) {
            Interval interval = steady.get(i);
            if (!within(interval.completed(), reference.completed())) {
                broken.add("interval %d completed %d flows, the first steady interval %d".formatted(warmUp + i + 1,
                        interval.completed(), reference.completed()));
            }
            if (!within(interval.topicGrowth(), reference.topicGrowth())) {
                broken.add("interval %d grew the topics by %d records, the first steady interval by %d".formatted(warmUp + i + 1,
                        interval.topicGrowth(), reference.topicGrowth()));
            }
        }
        int third = Math.max(1, steady.size() / 3);
        double heapFirst = steady.subList(0, third).stream().mapToLong(Interval::heapAfterGc).average().orElse(0);
        double heapLast = steady.subList(steady.size() - third, steady.size()).stream().mapToLong(Interval::heapAfterGc).average().orElse(0);
        if (heapLast > heapFirst * 1.25 + (32 << 20)) {
            broken.add("heap after GC grew from %d MB to %d MB".formatted((long) heapFirst >> 20, (long) heapLast >> 20));
        }
        Interval last = intervals.get(intervals.size() - 1);
        if (last.maxProcessorLag() > 50) {
            broken.add("a tracking processor lags " + last.maxProcessorLag() + " events at the end");
        }
        if (last.maxConsumerLag() > MAX_CONSUMER_LAG) {
            broken.add("a consumer group lags " + last.maxConsumerLag() + " records at the end");
        }
        if (intervals.stream().anyMatch(i -> i.busiestPool() >= POOL_SIZE)) {
            broken.add("a connection pool was exhausted");
        }
        int failures = intervals.stream().mapToInt(Interval::failed).sum();
        if (failures * 100 > intervals.stream().mapToInt(Interval::completed).sum()) {
            broken.add(failures + " flows failed");
        }
        return broken;
    }

    private static boolean within(long value, long reference) {
        return Math.abs(value - reference) <= reference * TOLERANCE;
    }

    private static long sum(Map<String, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long max(Map<String, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static String mb(String bytes) {
        try {
            return String.valueOf((long) Double.parseDouble(bytes) >> 20);
        } catch (NumberFormatException e) {
            return bytes;
        }
    }
}
