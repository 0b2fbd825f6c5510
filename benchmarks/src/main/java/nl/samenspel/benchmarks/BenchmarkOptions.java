package nl.samenspel.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How big and how long a benchmark is.
 *
 * @param scale                how many times the demo region (8 organisations, 42 supporters) is created
 * @param runs                 how often each figure is measured; the table shows the median and min–max
 * @param workers              client threads sending requests (bounded on purpose: 2 cores)
 * @param jitWarmup            load once before the first run, until the JIT compiler has compiled the hot paths: a
 *                             long-running service's steady state is what "sustained" means
 * @param warmup               load before each run's sustained rate is measured (connection pools, caches)
 * @param sustained            how long the sustained rate is measured
 * @param paced                how long the event latency is measured at half the sustained rate
 * @param replaySupporters     supporters copied into the event store for the replay figure
 * @param eventsPerSupporter   events per copied supporter (a registration and then changes)
 * @param replayRuns           how often the projection is rebuilt (each rebuild of a million events takes minutes)
 * @param searches             directory searches per run
 * @param output               where the JSON results go (a Markdown table is written next to it)
 * @param cpuOnly              only figure 1 (throughput and CPU per command, by part), in one JVM: the quick way to
 *                             compare two versions of the code on one machine (see {@code benchmarks/run-ab.sh})
 * @param statements           also count PostgreSQL's statements per command ({@code pg_stat_statements})
 * @param instances            if not empty, only the scaling figures: each service in this many JVMs of its own,
 *                             for each count given (e.g. 1 and 2), commands/s and CPU per command
 */
public record BenchmarkOptions(int scale, int runs, int workers, Duration jitWarmup, Duration warmup, Duration sustained, Duration paced,
                               int replaySupporters, int eventsPerSupporter, int replayRuns, int searches,
                               Path output, boolean cpuOnly, boolean statements, List<Integer> instances) {

    private static final String USAGE = "[--scale N] [--runs R] [--workers W] [--replay-runs N] [--quick] [--cpu-only]"
            + " [--statements] [--instances N,M] [--jit-warmup SECONDS] [--out FILE]";

    /** Parses {@value #USAGE}. */
    public static BenchmarkOptions parse(String... args) {
        boolean quick = false;
        boolean cpuOnly = false;
        boolean statements = false;
        List<Integer> instances = List.of();
        Integer jitWarmup = null;
        Integer scale = null;
        Integer runs = null;
        Integer workers = null;
        Integer replayRuns = null;
        Path output = Files.isDirectory(Path.of("benchmarks"))
                ? Path.of("benchmarks", "target", "benchmark-results.json") : Path.of("target", "benchmark-results.json");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--scale" -> scale = Integer.parseInt(value(args, ++i));
                case "--runs" -> runs = Integer.parseInt(value(args, ++i));
                case "--workers" -> workers = Integer.parseInt(value(args, ++i));
                case "--replay-runs" -> replayRuns = Integer.parseInt(value(args, ++i));
                case "--out" -> output = Path.of(value(args, ++i));
                case "--cpu-only" -> cpuOnly = true;
                case "--statements" -> statements = true;
                case "--jit-warmup" -> jitWarmup = Integer.parseInt(value(args, ++i));
                case "--instances" -> instances = Arrays.stream(value(args, ++i).split(","))
                        .map(String::trim).map(Integer::parseInt).toList();
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; use " + USAGE);
            }
        }
        if (instances.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--instances takes counts of 1 or more, e.g. 1,2");
        }
        if (quick) {
            return new BenchmarkOptions(orElse(scale, 1), orElse(runs, 1), orElse(workers, 4),
                    Duration.ofSeconds(orElse(jitWarmup, 0)), Duration.ofSeconds(1),
                    Duration.ofSeconds(3), Duration.ofSeconds(2), 250, 20, orElse(replayRuns, 1), 30, output, cpuOnly,
                    statements, instances);
        }
        // 90 s of JIT warm-up: after 5 s the JIT compiler still used a quarter of the JVM's CPU while measuring,
        // and after 30 s the first two runs still cost 1.7 times the CPU per command of the third.
        return new BenchmarkOptions(orElse(scale, 10), orElse(runs, 3), orElse(workers, 8),
                Duration.ofSeconds(orElse(jitWarmup, 90)), Duration.ofSeconds(5),
                Duration.ofSeconds(20), Duration.ofSeconds(15), 10_000, 100, orElse(replayRuns, 1), 500, output, cpuOnly,
                statements, instances);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int orElse(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }
}
