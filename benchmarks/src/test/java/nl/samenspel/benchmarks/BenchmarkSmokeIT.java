package nl.samenspel.benchmarks;

import nl.samenspel.benchmarks.report.Figure;
import nl.samenspel.benchmarks.report.Results;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the benchmark still runs end to end: the quick mode (tiny region, seconds per phase, 10,000 replayed
 * events) must produce every figure of the issue with a number. The full benchmark is never part of the build.
 */
class BenchmarkSmokeIT {

    @Test
    void quickBenchmarkReportsEveryFigureWithANumber() throws Exception {
        Path output = Path.of("target", "smoke", "benchmark-results.json");

        Results results = Benchmark.run(BenchmarkOptions.parse("--quick", "--out", output.toString()));

        assertThat(results.figures()).allSatisfy(figure ->
                assertThat(figure.median()).as(figure.name()).isNotNaN());
        List<String> sections = results.figures().stream().map(Figure::section).distinct().toList();
        assertThat(sections).containsExactlyInAnyOrder(Benchmark.THROUGHPUT, Benchmark.EVENTS, Benchmark.LIMITS,
                Benchmark.REPLAY, Benchmark.READS, Benchmark.MEMORY, Benchmark.MEMORY_PER_SERVICE);
        assertThat(results.figures()).extracting(Figure::name).contains(
                "open case p99", "event latency p99", "ratio sustained commands / raw JDBC commits",
                "network directory rebuild rate", "matching (in-process ranking) p99 at 10000 supporters",
                "peak resident memory (VmRSS) under load", "network-service live heap (after a full GC at the end of the load)",
                "coordinator-service peak resident memory (VmRSS)", "signalling-service peak heap used");
        assertThat(results.figures()).filteredOn(figure -> figure.section().equals(Benchmark.THROUGHPUT))
                .as("one value per run (quick: 1 run); a later phase's figure of the same name would add to it")
                .allSatisfy(figure -> assertThat(figure.values()).hasSize(1));
        assertThat(results.figures()).filteredOn(figure -> figure.section().equals(Benchmark.MEMORY_PER_SERVICE)
                        && figure.name().contains("live heap"))
                .as("each service's own JVM was sampled").hasSize(3).allSatisfy(figure ->
                        assertThat(figure.median()).isPositive().isLessThan(Benchmark.HEAP_TARGET_MEGABYTES));
        assertThat(results.table()).doesNotContain("n/a");
        assertThat(Files.readString(output)).contains("\"figures\"");
    }
}
