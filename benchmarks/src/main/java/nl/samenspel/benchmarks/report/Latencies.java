package nl.samenspel.benchmarks.report;

import java.util.Arrays;

/** Latency samples of one kind, in nanoseconds; thread-safe, cheap enough to record every request. */
public final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    public synchronized void record(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    public synchronized int count() {
        return count;
    }

    /** The {@code p}-th percentile (0–100) in milliseconds, nearest-rank; NaN without samples. */
    public synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1_000_000.0;
    }
}
