package nl.samenspel.benchmarks.workload;

import nl.samenspel.benchmarks.cpu.CpuTime;
import nl.samenspel.benchmarks.report.Latencies;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** What a load phase measured: latency per command type, accepted and refused commands, and the time it ran. */
public final class LoadResult {

    private final Map<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private volatile double seconds;
    private volatile CpuTime.Usage cpu;

    void record(Command command, ApiResponse response) {
        if (response.ok()) {
            if (command.changes()) {
                accepted.incrementAndGet();
            }
            latencies.computeIfAbsent(command.name(), c -> new Latencies()).record(response.nanos());
        } else {
            refused.incrementAndGet();
            if (refusals.size() < 5) {
                refusals.add(response.request() + " -> " + response.status() + " " + response.body());
            }
        }
    }

    void used(CpuTime.Usage cpu) {
        this.cpu = cpu;
    }

    /** The CPU time the JVM and PostgreSQL used while this phase was measured. */
    public CpuTime.Usage cpu() {
        return cpu;
    }

    void ranFor(double seconds) {
        this.seconds = seconds;
    }

    /** Accepted (2xx) commands per second; reads are not counted. */
    public double rate() {
        return accepted.get() / seconds;
    }

    public long accepted() {
        return accepted.get();
    }

    public long refused() {
        return refused.get();
    }

    /** The first few refusals, to tell a broken workload from a slow one. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    public Map<String, Latencies> byCommand() {
        return new TreeMap<>(latencies);
    }
}
