package nl.samenspel.benchmarks;

import nl.samenspel.benchmarks.cpu.AppendLockWaits;
import nl.samenspel.benchmarks.cpu.CpuTime;
import nl.samenspel.benchmarks.cpu.StatementCounts;
import nl.samenspel.benchmarks.cpu.Work;
import nl.samenspel.benchmarks.limits.RawJdbc;
import nl.samenspel.benchmarks.limits.RawKafka;
import nl.samenspel.benchmarks.matching.MatchingBenchmark;
import nl.samenspel.benchmarks.memory.MemorySampler;
import nl.samenspel.benchmarks.memory.SeparateServices;
import nl.samenspel.benchmarks.replay.DirectoryUpkeep;
import nl.samenspel.benchmarks.replay.EventStoreMultiplier;
import nl.samenspel.benchmarks.replay.ProjectionRebuild;
import nl.samenspel.benchmarks.report.Latencies;
import nl.samenspel.benchmarks.report.Machine;
import nl.samenspel.benchmarks.report.Results;
import nl.samenspel.benchmarks.report.Target;
import nl.samenspel.benchmarks.search.DirectorySearch;
import nl.samenspel.benchmarks.webhook.WebhookDeliveryBenchmark;
import nl.samenspel.benchmarks.workload.Api;
import nl.samenspel.benchmarks.workload.IntegrationEventProbe;
import nl.samenspel.benchmarks.workload.LoadResult;
import nl.samenspel.benchmarks.workload.ScaledRegion;
import nl.samenspel.benchmarks.workload.Workload;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.local.LocalPostgres;
import nl.samenspel.network.NetworkApplication;
import nl.samenspel.platform.LocalPlatform;
import nl.samenspel.platform.PlatformSettings;
import nl.samenspel.signalling.SignallingApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark: starts the platform (embedded PostgreSQL, in-process Kafka, three services) with throw-away
 * data on free ports, drives a seeded workload through the REST APIs, measures the raw limits of the same
 * PostgreSQL and Kafka, rebuilds projections from a multiplied event store, and prints and writes the figures.
 */
public final class Benchmark {

    static final String THROUGHPUT = "1 sustained commands (REST, end to end)";
    static final String EVENTS = "2 command accepted -> integration event at an outside consumer";
    static final String LIMITS = "3 raw limits of the same PostgreSQL and Kafka";
    static final String REPLAY = "4 projection rebuild";
    static final String READS = "5 matching and directory search";
    static final String MEMORY = "6 memory (one JVM: three services, Kafka broker, benchmark clients)";
    static final String MEMORY_PER_SERVICE = "6 memory per service (a JVM each from the deployed jars, -Xmx"
            + SeparateServices.HEAP_CAP_MEGABYTES + "m, same load)";
    static final String SCALING = "7 scaling (each service in N JVMs of its own, requests spread round-robin)";
    /** The target for each service's heap. */
    static final int HEAP_TARGET_MEGABYTES = 512;

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final BenchmarkOptions options;
    private final Results results = new Results();

    private Benchmark(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--webhooks")) {
            WebhookDeliveryBenchmark.main(args);
            return;
        }
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        run(options);
        // Kafka's and the services' non-daemon threads are done, but some linger for seconds; we are finished.
        System.exit(0);
    }

    /** Runs everything, prints the table and writes the JSON; returns the figures. */
    public static Results run(BenchmarkOptions options) {
        return new Benchmark(options).measure();
    }

    private Results measure() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("spring.main.banner-mode", "off");
        // Commits as in production (flushed to disk), for the platform and for the raw JDBC limit alike.
        System.setProperty(LocalPostgres.DURABLE, "true");
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("machine", Machine.describe());
        about.put("options", Map.of("scale", options.scale(), "runs", options.runs(), "workers", options.workers(),
                "jitWarmupSeconds", options.jitWarmup().toSeconds(), "warmupSeconds", options.warmup().toSeconds(),
                "sustainedSeconds", options.sustained().toSeconds(), "pacedSeconds", options.paced().toSeconds()));
        if (options.statements()) {
            System.setProperty(LocalPostgres.STATEMENT_STATS, "true");
        }
        if (options.cpuOnly()) {
            measureCpuPerCommand(about);
        } else if (!options.instances().isEmpty()) {
            measureInstances(about);
        } else {
            try (MemorySampler memory = MemorySampler.ofThisJvm()) {
                measureUnderLoad(about, memory);
                measureReplay();
                measureMatching();
                results.record(MEMORY, "JVM max heap (-Xmx)", "MB", memory.maxHeapMegabytes());
            }
            measureMemoryPerService();
        }
        about.put("loadAverageAtEnd", Machine.loadAverage());
        report(about);
        return results;
    }

    /** The workload on a freshly seeded region, whose size {@code about} records. */
    private Workload seededWorkload(Api api, Map<String, Object> about) {
        progress("seeding " + options.scale() + " x the demo region");
        ScaledRegion region = ScaledRegion.seed(api, options.scale(), options.workers());
        about.put("region", Map.of("organisations", region.organisations(), "supporters", region.supporters()));
        return workload(api, region);
    }

    /** Figures 1, 2, 3 and 6, and the coordinator's rebuild, on a platform with the scaled region. */
    private void measureUnderLoad(Map<String, Object> about, MemorySampler memory) {
        progress("starting the platform (load average " + Machine.loadAverage() + ")");
        try (LocalPlatform platform = start()) {
            Workload workload = seededWorkload(api(platform), about);
            RawJdbc rawJdbc = new RawJdbc(platform.jdbcUrl());
            RawKafka rawKafka = new RawKafka(platform.kafkaBootstrapServers());
            CpuTime cpu = CpuTime.of(platform.jdbcUrl());
            progress("warming up the JIT compiler for " + options.jitWarmup().toSeconds() + " s");
            workload.closedLoop(options.jitWarmup(), Duration.ZERO, cpu);
            for (int run = 1; run <= options.runs(); run++) {
                progress("run " + run + " of " + options.runs());
                measureLimits(rawJdbc, rawKafka, cpu);
                measureLoad(platform, workload, memory, cpu);
            }
            measureCoordinatorRebuild(platform);
        }
    }

    /**
     * Figure 1 alone (throughput and CPU per command by part) on the one-JVM platform, and with {@code --statements}
     * PostgreSQL's statements and commits per command: what {@code run-ab.sh} alternates between two builds.
     */
    private void measureCpuPerCommand(Map<String, Object> about) {
        progress("starting the platform (load average " + Machine.loadAverage() + ")");
        try (LocalPlatform platform = start()) {
            Workload workload = seededWorkload(api(platform), about);
            CpuTime cpu = CpuTime.of(platform.jdbcUrl());
            StatementCounts statements = options.statements() ? new StatementCounts(platform.jdbcUrl()) : null;
            progress("warming up the JIT compiler for " + options.jitWarmup().toSeconds() + " s");
            workload.closedLoop(options.jitWarmup(), Duration.ZERO, cpu);
            for (int run = 1; run <= options.runs(); run++) {
                progress("run " + run + " of " + options.runs() + " (load average " + Machine.loadAverage() + ")");
                if (statements != null) {
                    statements.reset();
                }
                Map<String, Long> threadsBefore = cpu.byThread();
                LoadResult sustained = workload.closedLoop(options.warmup(), options.sustained(), cpu);
                Map<String, Long> threadsAfter = cpu.byThread();
                results.record(THROUGHPUT, "all commands, " + workload.workers() + " client threads", "commands/s",
                        sustained.rate());
                recordCpu(sustained);
                recordRefusals(sustained);
                if (statements != null) {
                    recordStatements(statements.read(40), sustained, run == options.runs());
                }
                if (run == options.runs()) {
                    noteThreads(threadsBefore, threadsAfter, commandsIncludingWarmup(sustained));
                }
            }
        }
    }

    /**
     * Statements and commits per command. The counts run from the start of the warm-up to the end of the measured
     * window, so they are divided by the commands accepted over that whole time, estimated from the measured rate.
     */
    private void recordStatements(StatementCounts.Counted counted, LoadResult sustained, boolean listHeaviest) {
        double commands = commandsIncludingWarmup(sustained);
        results.record(THROUGHPUT, "PostgreSQL statements per command", "statements", counted.calls() / commands);
        results.record(THROUGHPUT, "PostgreSQL commits per command", "commits", counted.commits() / commands);
        if (listHeaviest) {
            counted.heaviest().forEach(query -> results.note(String.format(java.util.Locale.ROOT,
                    "%.2f per command, %.3f ms each: %s", query.calls() / commands, query.execMillis() / query.calls(),
                    query.text().length() > 160 ? query.text().substring(0, 160) + "..." : query.text())));
        }
    }

    /**
     * Figure 7: for each instance count, the three services each in that many JVMs of their own from the deployed
     * jars (the instances of a service sharing its schema, tokens and consumer groups), under the same seeded region
     * and closed-loop load spread round-robin over the instances: commands/s, CPU per command, and how long a command
     * waited for its service's append lock. On a machine with few cores the instances only share them; on more
     * cores this shows how far a service scales out.
     */
    private void measureInstances(Map<String, Object> about) {
        about.put("instances", options.instances());
        for (int instances : options.instances()) {
            String at = instances + (instances == 1 ? " instance" : " instances") + " per service";
            progress("starting " + at + ", each in a JVM of its own");
            try (SeparateServices services = SeparateServices.start(options.output().resolveSibling("service-logs"), instances)) {
                Api api = Api.roundRobin(services.instancePorts(), services.tokens());
                progress("seeding " + options.scale() + " x the demo region");
                Workload workload = workload(api, ScaledRegion.seed(api, options.scale(), options.workers()));
                CpuTime cpu = CpuTime.of(services.jdbcUrl(), services.jvms().values());
                progress("warming up the JIT compilers for " + options.jitWarmup().toSeconds() + " s");
                workload.closedLoop(options.jitWarmup(), Duration.ZERO, cpu);
                for (int run = 1; run <= options.runs(); run++) {
                    progress(at + ": run " + run + " of " + options.runs());
                    LoadResult load;
                    Map<String, Double> waiting;
                    try (AppendLockWaits locks = AppendLockWaits.start(services.jdbcUrl())) {
                        load = workload.closedLoop(options.warmup(), options.sustained(), cpu);
                        waiting = locks.averageWaiting();
                    }
                    services.requireAllRunning();
                    recordScaling(at, load, waiting);
                }
            } catch (RuntimeException e) {
                results.note(at + " not measured: " + e.getMessage());
                progress(at + " not measured: " + e);
            }
        }
    }

    private void recordScaling(String at, LoadResult load, Map<String, Double> waiting) {
        CpuTime.Usage used = load.cpu();
        double commands = load.accepted();
        results.record(SCALING, "all commands, " + at, "commands/s", load.rate());
        results.record(SCALING, "CPU per command, " + at, "ms",
                used.servicesMillisPer(commands) + used.jvmMillisPer(commands) + used.postgresMillisPer(commands));
        results.record(SCALING, "  the services' JVMs, " + at, "ms", used.servicesMillisPer(commands));
        results.record(SCALING, "  Kafka broker, token issuer and clients (the benchmark's JVM), " + at, "ms",
                used.jvmMillisPer(commands));
        results.record(SCALING, "  PostgreSQL, " + at, "ms", used.postgresMillisPer(commands));
        results.record(SCALING, "cores busy of " + CORES + ", " + at, "cores", used.coresBusy());
        results.record(SCALING, "refused commands (non-2xx), " + at, "count", load.refused());
        for (String schema : List.of("network", "coordinator", "signalling")) {
            double average = waiting.getOrDefault(schema, 0.0);
            results.record(SCALING, "sessions waiting for the " + schema + " append lock (average), " + at, "sessions", average);
            // Little's law: waiting sessions / commands per second = seconds waited per command (of all commands).
            results.record(SCALING, "  wait for the " + schema + " append lock per command, " + at, "ms", average / load.rate() * 1000);
        }
        load.refusals().forEach(refusal -> results.note(at + ", refused: " + refusal));
    }

    /** The commands accepted from the start of a load's warm-up to its end, estimated from the measured rate. */
    private double commandsIncludingWarmup(LoadResult load) {
        return load.rate() * (options.warmup().toNanos() + options.sustained().toNanos()) / 1e9;
    }

    /** The threads (by name, numbers masked) that used the most CPU per command: where the JVM's part goes. */
    private void noteThreads(Map<String, Long> before, Map<String, Long> after, double commands) {
        after.entrySet().stream()
                .map(thread -> Map.entry(thread.getKey(), thread.getValue() - before.getOrDefault(thread.getKey(), 0L)))
                .filter(thread -> thread.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(30)
                .forEach(thread -> results.note(String.format(java.util.Locale.ROOT, "thread %s: %.3f ms per command",
                        thread.getKey(), thread.getValue() / 1e6 / commands)));
    }

    /** Mostly residents' cases; the network changes now and then (leave, profiles, newcomers). */
    private Workload workload(Api api, ScaledRegion region) {
        return new Workload(api, options.workers(), 20_25L).withNetwork(region, 20).withCases(70).withSignals(region, 10);
    }

    /**
     * Figure 6 per service: the same seeded region and closed-loop load on the three services each in a JVM of its
     * own, sampling each JVM's heap and resident memory. Its throughput is context only: three JVMs share the cores
     * with PostgreSQL, Kafka and the clients. A failure here is noted and the other figures are still reported.
     */
    private void measureMemoryPerService() {
        progress("starting the three services in JVMs of their own");
        Map<String, MemorySampler> samplers = new LinkedHashMap<>();
        try (SeparateServices services = SeparateServices.start(options.output().resolveSibling("service-logs"))) {
            Api api = new Api(services.ports(), services.tokens());
            progress("seeding " + options.scale() + " x the demo region");
            Workload workload = workload(api, ScaledRegion.seed(api, options.scale(), options.workers()));
            services.jvms().forEach((module, jvm) -> samplers.put(module, MemorySampler.ofProcess(jvm)));
            progress("load on the separate services for " + options.sustained().toSeconds() + " s");
            LoadResult load = workload.closedLoop(options.warmup(), options.sustained(), CpuTime.of(services.jdbcUrl()));
            services.requireAllRunning();
            // Figures are keyed by name: these must not share one with section 1's.
            results.record(MEMORY_PER_SERVICE, "all commands on separate JVMs, " + workload.workers() + " client threads",
                    "commands/s", load.rate());
            results.record(MEMORY_PER_SERVICE, "refused commands on separate JVMs (non-2xx)", "count", load.refused());
            samplers.forEach((module, memory) -> {
                results.record(MEMORY_PER_SERVICE, module + " peak heap used", "MB", memory.peakHeapMegabytes());
                results.record(MEMORY_PER_SERVICE, module + " live heap (after a full GC at the end of the load)", "MB",
                        Target.below(HEAP_TARGET_MEGABYTES, "< " + HEAP_TARGET_MEGABYTES),
                        memory.heapAfterFullCollectionMegabytes());
                results.record(MEMORY_PER_SERVICE, module + " peak resident memory (VmRSS)", "MB",
                        memory.peakResidentMegabytes());
            });
        } catch (RuntimeException e) {
            results.note("memory per service not measured: " + e.getMessage());
            progress("memory per service not measured: " + e);
        } finally {
            samplers.values().forEach(MemorySampler::close);
        }
    }

    /**
     * Figure 4 and the directory search, on a second platform whose network event store is grown to a million
     * events. A platform of its own because the copied events are inserted behind Axon's back: the embedded event
     * store's shared producer would buffer all of them on the heap, so this platform runs with every processor
     * reading its own stream ({@code optimize-event-consumption=false}), which in turn would add up to a second of
     * polling delay to the event latency measured on the first.
     */
    private void measureReplay() {
        System.setProperty("optimize-event-consumption", "false");
        progress("starting a second platform for the replay");
        try (LocalPlatform platform = start()) {
            Api api = api(platform);
            ScaledRegion.seed(api, 1, options.workers());
            measureReplay(platform, processors(platform, NetworkApplication.class));
            measureSearch(api);
        } finally {
            System.clearProperty("optimize-event-consumption");
        }
    }

    private static LocalPlatform start() {
        return LocalPlatform.start(new PlatformSettings(null, 0, 0, 0, 0, 0, false));
    }

    private static Api api(LocalPlatform platform) {
        return new Api(Map.of("network", platform.portOf(NetworkApplication.class),
                "coordinator", platform.portOf(CoordinatorApplication.class),
                "signalling", platform.portOf(SignallingApplication.class)), platform.tokens());
    }

    private void measureLimits(RawJdbc rawJdbc, RawKafka rawKafka, CpuTime cpu) {
        Duration window = options.sustained().dividedBy(4);
        CpuTime.Reading before = cpu.read();
        RawJdbc.Commits single = rawJdbc.commit(1, window);
        CpuTime.Usage used = cpu.read().since(before);
        results.record(LIMITS, "JDBC single-row insert+commit, 1 connection", "commits/s", single.perSecond());
        // The inserting thread and PostgreSQL only: the services' background work goes on in the same JVM meanwhile.
        // PostgreSQL's share includes the services' background queries, so this is an upper bound.
        results.record(LIMITS, "CPU per raw commit (inserting thread + PostgreSQL), 1 connection", "ms",
                (single.threadCpuNanos() / 1e6 + used.postgresMillisPer(1)) / single.commits());
        results.record(LIMITS, "JDBC single-row insert+commit, " + options.workers() + " connections", "commits/s",
                rawJdbc.commit(options.workers(), window).perSecond());
        Latencies kafka = rawKafka.produceToConsume((int) Math.max(200, window.toSeconds() * 200), 200);
        results.record(LIMITS, "Kafka produce -> consume p50", "ms", kafka.percentileMillis(50));
        results.record(LIMITS, "Kafka produce -> consume p99", "ms", kafka.percentileMillis(99));
    }

    private void recordRefusals(LoadResult sustained) {
        results.record(THROUGHPUT, "refused commands (non-2xx)", "count", sustained.refused());
        sustained.refusals().forEach(refusal -> results.note("refused during the sustained load: " + refusal));
    }

    private void measureLoad(LocalPlatform platform, Workload workload, MemorySampler memory, CpuTime cpu) {
        memory.reset();
        LoadResult sustained = workload.closedLoop(options.warmup(), options.sustained(), cpu);
        results.record(THROUGHPUT, "all commands, " + workload.workers() + " client threads", "commands/s",
                sustained.rate());
        recordCpu(sustained);
        sustained.byCommand().forEach((command, latencies) -> {
            for (double p : new double[]{50, 95, 99}) {
                results.record(THROUGHPUT, command + " p" + (int) p, "ms", latencies.percentileMillis(p));
            }
        });
        recordRefusals(sustained);
        results.record(MEMORY, "peak heap used under load", "MB", memory.peakHeapMegabytes());
        results.record(MEMORY, "peak live heap (after GC) under load", "MB",
                Target.below(HEAP_TARGET_MEGABYTES, "< " + HEAP_TARGET_MEGABYTES + " per service"),
                memory.peakLiveHeapMegabytes());
        results.record(MEMORY, "peak resident memory (VmRSS) under load", "MB", memory.peakResidentMegabytes());
        double jdbc = last("JDBC single-row insert+commit, 1 connection");
        results.record(LIMITS, "ratio sustained commands / raw JDBC commits", "x", Target.atLeast(0.5, ">= 0.5"),
                sustained.rate() / jdbc);

        progress("waiting for the Kafka publishers' backlog");
        awaitPublished(platform);
        double rate = sustained.rate() / 2;
        try (IntegrationEventProbe probe = new IntegrationEventProbe(platform.kafkaBootstrapServers())) {
            probe.start();
            LoadResult paced = workload.paced(rate, options.paced(), cpu);
            awaitPublished(platform);
            probe.drain(Duration.ofSeconds(1));
            Latencies events = probe.latencies();
            if (probe.problem() != null) {
                results.note("the event probe had to retry reading: " + probe.problem());
            }
            results.record(EVENTS, "paced rate (half the sustained rate)", "commands/s", paced.rate());
            results.record(EVENTS, "integration events received", "events", events.count());
            results.record(EVENTS, "event latency p50", "ms", events.percentileMillis(50));
            results.record(EVENTS, "event latency p99", "ms", Target.below(250, "< 250"), events.percentileMillis(99));
            double kafkaP50 = last("Kafka produce -> consume p50");
            double kafkaP99 = last("Kafka produce -> consume p99");
            results.record(LIMITS, "ratio event latency p50 / raw Kafka p50", "x", events.percentileMillis(50) / kafkaP50);
            results.record(LIMITS, "ratio event latency p99 / raw Kafka p99", "x", events.percentileMillis(99) / kafkaP99);
        }
        awaitPublished(platform);
    }

    /**
     * What a command costs in CPU, everything it sets off included (projections, publishing, the other services'
     * consumers, the broker, the client): on a machine whose cores are all busy, cores / CPU per command is the
     * highest rate there can be.
     */
    private void recordCpu(LoadResult sustained) {
        CpuTime.Usage used = sustained.cpu();
        double commands = sustained.accepted();
        double perCommand = used.jvmMillisPer(commands) + used.postgresMillisPer(commands);
        results.record(THROUGHPUT, "CPU per command, JVM + PostgreSQL", "ms", perCommand);
        results.record(THROUGHPUT, "CPU per command, JVM (services, Kafka broker, clients)", "ms", used.jvmMillisPer(commands));
        for (Work work : Work.values()) {
            results.record(THROUGHPUT, "  JVM part: " + work.description(), "ms", used.millisPer(work, commands));
        }
        results.record(THROUGHPUT, "CPU per command, PostgreSQL", "ms", used.postgresMillisPer(commands));
        results.record(THROUGHPUT, "cores busy (JVM + PostgreSQL) of " + CORES, "cores", used.coresBusy());
        results.record(THROUGHPUT, "ceiling at this CPU per command: " + CORES + " cores / CPU per command", "commands/s",
                CORES * 1000 / perCommand);
    }

    private void measureReplay(LocalPlatform platform, ProjectionRebuild network) {
        progress("copying real events into the network's event store: " + options.replaySupporters() + " supporters x "
                + options.eventsPerSupporter() + " events");
        network.stop("directory");
        network.stop("kafka-publisher");
        long events = new EventStoreMultiplier(platform.jdbcUrl(), "network")
                .addSupporters(options.replaySupporters(), options.eventsPerSupporter());
        network.skipToHead("kafka-publisher");
        network.start("kafka-publisher");
        network.skipToHead("directory");
        results.record(REPLAY, "events in the network's event store", "events", events);
        DirectoryUpkeep upkeep = new DirectoryUpkeep(platform.jdbcUrl());
        for (int run = 1; run <= options.replayRuns(); run++) {
            progress("rebuilding the network's directory, run " + run);
            long upkeepRuns = upkeep.runs();
            double seconds = network.rebuild(List.of("directory"), rebuildTimeout(events));
            results.record(REPLAY, "network directory rebuild rate", "events/s", Target.atLeast(20_000, ">= 20,000"),
                    events / seconds);
            results.record(REPLAY, "network directory rebuild time", "s", seconds);
            results.record(REPLAY, "then until the directory is vacuumed and analysed", "s",
                    upkeep.awaitSince(upkeepRuns, Duration.ofMinutes(2)));
        }
    }

    private void measureCoordinatorRebuild(LocalPlatform platform) {
        ProjectionRebuild coordinator = processors(platform, CoordinatorApplication.class);
        List<String> projections = coordinator.projections();
        long events = new EventStoreMultiplier(platform.jdbcUrl(), "coordinator").events();
        results.note("coordinator read models rebuilt by a token reset: " + projections + " (" + events + " events);"
                + " case-details is a subscribing projection (written in the command's transaction) and is not rebuilt"
                + " by a reset");
        for (int run = 1; run <= options.runs(); run++) {
            progress("rebuilding the coordinator's read models " + projections + ", run " + run);
            double seconds = coordinator.rebuild(projections, rebuildTimeout(events));
            results.record(REPLAY, "coordinator read models rebuild time (" + events + " events)", "s", seconds);
            results.record(REPLAY, "coordinator read models rebuild rate", "events/s", events / seconds);
        }
    }

    private void measureMatching() {
        for (int supporters : new int[]{1_000, 10_000}) {
            MatchingBenchmark matching = new MatchingBenchmark(supporters, supporters);
            for (int run = 1; run <= options.runs(); run++) {
                Latencies latencies = matching.measure(options.searches() * 2);
                results.record(READS, "matching (in-process ranking) p50 at " + supporters + " supporters", "ms",
                        latencies.percentileMillis(50));
                results.record(READS, "matching (in-process ranking) p99 at " + supporters + " supporters", "ms",
                        supporters == 10_000 ? Target.below(10, "< 10") : null, latencies.percentileMillis(99));
            }
        }
    }

    private void measureSearch(Api api) {
        long supporters = api.get("network", "/supporters?size=1").json().path("total").asLong();
        for (int run = 1; run <= options.runs(); run++) {
            Latencies search = DirectorySearch.measure(api, options.searches(), run);
            results.record(READS, "directory search p50 at " + supporters + " supporters", "ms", search.percentileMillis(50));
            results.record(READS, "directory search p99 at " + supporters + " supporters", "ms",
                    Target.below(10, "< 10"), search.percentileMillis(99));
        }
    }

    /** Generous (200 events/s), but a hung rebuild must not keep the benchmark running for ever. */
    private static Duration rebuildTimeout(long events) {
        return Duration.ofSeconds(60 + events / 200);
    }

    private void awaitPublished(LocalPlatform platform) {
        for (Class<?> service : List.of(NetworkApplication.class, CoordinatorApplication.class, SignallingApplication.class)) {
            processors(platform, service).awaitCaughtUp(List.of("kafka-publisher"), Duration.ofMinutes(10));
        }
    }

    private static ProjectionRebuild processors(LocalPlatform platform, Class<?> application) {
        return new ProjectionRebuild(platform.contextOf(application).getBean(EventProcessingConfiguration.class),
                platform.contextOf(application).getBean(EventStore.class), platform.contextOf(application).getBean(TokenStore.class));
    }

    private double last(String figure) {
        List<Double> values = results.figures().stream().filter(f -> f.name().equals(figure)).findFirst()
                .orElseThrow().values();
        return values.get(values.size() - 1);
    }

    private void report(Map<String, Object> about) {
        String table = results.table();
        System.out.println();
        System.out.println(table);
        results.notes().forEach(note -> System.out.println("note: " + note));
        results.writeJson(options.output(), about);
        Path markdown = options.output().resolveSibling(options.output().getFileName().toString().replace(".json", ".md"));
        try {
            Files.writeString(markdown, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("written: " + options.output().toAbsolutePath() + " and " + markdown.toAbsolutePath());
    }

    private static void progress(String what) {
        System.out.println("[benchmark " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + what);
    }
}
