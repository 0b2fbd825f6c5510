package nl.samenspel.benchmarks.memory;

import com.sun.tools.attach.VirtualMachine;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Samples a JVM's used heap and its process's resident memory (VmRSS) ten times a second and keeps the peaks since
 * the last {@link #reset()}: this JVM's ({@link #ofThisJvm()}), or another JVM's on this machine, read over JMX after
 * attaching to it ({@link #ofProcess(ProcessHandle)}).
 */
public final class MemorySampler implements AutoCloseable {

    private final MemoryMXBean memory;
    private final List<MemoryPoolMXBean> heapPools;
    private final Path status;
    private final JMXConnector connector;
    private final Thread thread;
    private volatile long peakHeap;
    private volatile long peakResident;
    private volatile long peakLive;
    private volatile boolean running = true;

    private MemorySampler(MemoryMXBean memory, List<MemoryPoolMXBean> pools, Path status, JMXConnector connector) {
        this.memory = memory;
        this.heapPools = pools.stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        this.status = status;
        this.connector = connector;
        thread = new Thread(this::sample, "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    public static MemorySampler ofThisJvm() {
        return new MemorySampler(ManagementFactory.getMemoryMXBean(), ManagementFactory.getMemoryPoolMXBeans(),
                Path.of("/proc/self/status"), null);
    }

    /** Samples another JVM run by the same user, through the local management agent the attach API starts in it. */
    public static MemorySampler ofProcess(ProcessHandle process) {
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(process.pid()));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            try {
                MBeanServerConnection connection = connector.getMBeanServerConnection();
                return new MemorySampler(ManagementFactory.getPlatformMXBean(connection, MemoryMXBean.class),
                        ManagementFactory.getPlatformMXBeans(connection, MemoryPoolMXBean.class),
                        Path.of("/proc", String.valueOf(process.pid()), "status"), connector);
            } catch (IOException | RuntimeException e) {
                connector.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the memory of process " + process.pid(), e);
        } catch (com.sun.tools.attach.AttachNotSupportedException e) {
            throw new IllegalStateException("Cannot attach to process " + process.pid(), e);
        }
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

    /**
     * Runs a full collection in the JVM and returns the heap still used after it: its live data now. The peak after
     * collections ({@link #peakLiveHeapMegabytes()}) misses the old generation until a full collection has happened,
     * which a short run on a roomy heap may never see.
     */
    public double heapAfterFullCollectionMegabytes() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() / 1_048_576.0;
    }

    /** The heap the JVM may grow to (-Xmx). */
    public double maxHeapMegabytes() {
        return memory.getHeapMemoryUsage().getMax() / 1_048_576.0;
    }

    /** Resident memory now, in bytes; 0 where /proc is not available. */
    private long residentBytes() {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private long heapAfterLastCollection() {
        long used = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage afterCollection = pool.getCollectionUsage();
            used += afterCollection == null ? 0 : afterCollection.getUsed();
        }
        return used;
    }

    private void sample() {
        while (running) {
            try {
                peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                peakLive = Math.max(peakLive, heapAfterLastCollection());
            } catch (RuntimeException processGone) {
                // A JVM read over JMX may have exited; its peaks so far stay.
            }
            peakResident = Math.max(peakResident, residentBytes());
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
        if (connector != null) {
            try {
                connector.close();
            } catch (IOException e) {
                // The other JVM is going away anyway.
            }
        }
    }
}
