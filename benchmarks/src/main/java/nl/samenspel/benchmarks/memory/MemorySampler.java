package nl.samenspel.benchmarks.memory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples the JVM's used heap and the process's resident memory (VmRSS) ten times a second and keeps the peaks
 * since the last {@link #reset()}. The local run hosts the three services, Kafka and the benchmark's clients in one
 * JVM, so these are the whole process's figures, not one service's.
 */
public final class MemorySampler implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile long peakHeap;
    private volatile long peakResident;
    private volatile long peakLive;
    private volatile boolean running = true;

    public MemorySampler() {
        thread = new Thread(this::sample, "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    public void reset() {
        peakHeap = 0;
        peakResident = 0;
        peakLive = 0;
    }

    /** The most heap still in use right after a collection: what the process really needs, garbage excluded. */
    public double peakLiveHeapMegabytes() {
        return peakLive / 1_048_576.0;
    }

    public double peakHeapMegabytes() {
        return peakHeap / 1_048_576.0;
    }

    public double peakResidentMegabytes() {
        return peakResident / 1_048_576.0;
    }

    /** The heap the JVM may grow to (-Xmx). */
    public double maxHeapMegabytes() {
        return memory.getHeapMemoryUsage().getMax() / 1_048_576.0;
    }

    /** Resident memory now, in bytes; 0 where /proc is not available. */
    public static long residentBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static long heapAfterLastCollection() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            used += afterCollection == null ? 0 : afterCollection.getUsed();
        }
        return used;
    }

    private void sample() {
        while (running) {
            peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
            peakResident = Math.max(peakResident, residentBytes());
            peakLive = Math.max(peakLive, heapAfterLastCollection());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
