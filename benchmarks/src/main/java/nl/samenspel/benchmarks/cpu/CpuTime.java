package nl.samenspel.benchmarks.cpu;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;

/**
 * Reads the CPU time used so far by this JVM (the three services, the Kafka broker and the benchmark's clients) and
 * by the PostgreSQL server the platform runs on (its postmaster, its live backends and helpers, and the backends that
 * have exited, which the postmaster has reaped). Two readings around a measurement give what it cost in CPU, which
 * is what limits throughput on a machine whose cores are all busy.
 *
 * <p>PostgreSQL is found from a backend's parent process in {@code /proc}; without {@code /proc} (not Linux) only
 * the JVM's time is read and PostgreSQL's is reported as 0.
 */
public final class CpuTime {

    private static final Path PROC = Path.of("/proc");
    /** Linux reports process times in clock ticks of 1/100 s ({@code getconf CLK_TCK} is 100 on every current kernel). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final com.sun.management.OperatingSystemMXBean jvm =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long postmaster;
    private final List<Long> services;

    private CpuTime(long postmaster, List<Long> services) {
        this.postmaster = postmaster;
        this.services = services;
    }

    /** CPU time of this JVM and of the PostgreSQL server behind {@code jdbcUrl}. */
    public static CpuTime of(String jdbcUrl) {
        return of(jdbcUrl, List.of());
    }

    /** As {@link #of(String)}, and of the services' own JVMs ({@code services}, from {@code /proc}). */
    public static CpuTime of(String jdbcUrl, Collection<ProcessHandle> services) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet backend = statement.executeQuery("select pg_backend_pid()")) {
            backend.next();
            return new CpuTime(parentOf(backend.getLong(1)), services.stream().map(ProcessHandle::pid).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot ask PostgreSQL for its process", e);
        }
    }

    /** The CPU time used until now. */
    public Reading read() {
        long servicesNanos = services.stream().mapToLong(pid -> ticks(pid, false)).sum() * NANOS_PER_TICK;
        return new Reading(jvm.getProcessCpuTime(), postgresNanos(), servicesNanos, System.nanoTime(), byWork());
    }

    /** The JVM's live threads' CPU time by {@link Work}. */
    private Map<Work, Long> byWork() {
        Map<Work, Long> nanos = new EnumMap<>(Work.class);
        byThread().forEach((name, used) -> nanos.merge(Work.of(name), used, Long::sum));
        return nanos;
    }

    /**
     * The JVM's live threads' CPU time by thread name, numbers masked ({@code http-nio-#-exec-#}), so the threads of
     * one pool add up: which processor, listener or pool the time goes to.
     */
    public Map<String, Long> byThread() {
        Map<String, Long> nanos = new TreeMap<>();
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            long used = thread == null ? -1 : threads.getThreadCpuTime(thread.getThreadId());
            if (used > 0) {
                nanos.merge(thread.getThreadName().replaceAll("\\d+", "#"), used, Long::sum);
            }
        }
        return nanos;
    }

    private long postgresNanos() {
        if (postmaster <= 0) {
            return 0;
        }
        long ticks = ticks(postmaster, true);
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                if (pid != postmaster && parentOf(pid) == postmaster) {
                    ticks += ticks(pid, false);
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * NANOS_PER_TICK;
    }

    /** utime + stime (fields 14 and 15 of {@code /proc/<pid>/stat}), plus the reaped children's times if asked. */
    private static long ticks(long pid, boolean withReapedChildren) {
        String[] fields = statFields(pid);
        if (fields.length < 15) {
            return 0;
        }
        // fields[] starts after the ")" that closes the command name: fields[0] is field 3 (state).
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return withReapedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
    }

    private static long parentOf(long pid) {
        String[] fields = statFields(pid);
        return fields.length < 2 ? -1 : Long.parseLong(fields[1]);
    }

    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        } catch (IOException | RuntimeException gone) {
            // The process ended between listing and reading, or there is no /proc.
            return new String[0];
        }
    }

    /**
     * CPU time used until a moment.
     *
     * @param jvmNanos      this JVM's CPU time
     * @param postgresNanos PostgreSQL's CPU time (0 where it cannot be read)
     * @param servicesNanos the services' own JVMs' CPU time, if they run apart (0 where they run in this JVM)
     * @param wallNanos     {@link System#nanoTime()} when read
     * @param byWork        the JVM's live threads' CPU time by the work they do
     */
    public record Reading(long jvmNanos, long postgresNanos, long servicesNanos, long wallNanos, Map<Work, Long> byWork) {

        /**
         * What was used between {@code earlier} and this reading. A thread that ended in between loses its time to
         * {@link Work#JVM_ITSELF}, which is what the JVM used beyond its live threads.
         */
        public Usage since(Reading earlier) {
            Map<Work, Long> used = new EnumMap<>(Work.class);
            byWork.forEach((work, nanos) -> used.put(work, Math.max(0, nanos - earlier.byWork.getOrDefault(work, 0L))));
            long jvm = jvmNanos - earlier.jvmNanos;
            used.put(Work.JVM_ITSELF, Math.max(0, jvm - used.values().stream().mapToLong(Long::longValue).sum()));
            return new Usage(jvm, postgresNanos - earlier.postgresNanos, servicesNanos - earlier.servicesNanos,
                    wallNanos - earlier.wallNanos, used);
        }
    }

    /**
     * CPU time used during an interval.
     *
     * @param jvmNanos      by this JVM
     * @param postgresNanos by PostgreSQL
     * @param servicesNanos by the services' own JVMs, if they run apart
     * @param wallNanos     the interval's length
     * @param byWork        the JVM's part by the work its threads do
     */
    public record Usage(long jvmNanos, long postgresNanos, long servicesNanos, long wallNanos, Map<Work, Long> byWork) {

        /** Milliseconds of CPU per unit of work spent on {@code work}. */
        public double millisPer(Work work, double units) {
            return byWork.getOrDefault(work, 0L) / 1e6 / units;
        }

        /** Milliseconds of this JVM's CPU per unit of work. */
        public double jvmMillisPer(double units) {
            return jvmNanos / 1e6 / units;
        }

        /** Milliseconds of PostgreSQL's CPU per unit of work. */
        public double postgresMillisPer(double units) {
            return postgresNanos / 1e6 / units;
        }

        /** Milliseconds of the services' own JVMs' CPU per unit of work. */
        public double servicesMillisPer(double units) {
            return servicesNanos / 1e6 / units;
        }

        /** Cores kept busy on average by the JVM, PostgreSQL and the services' own JVMs together. */
        public double coresBusy() {
            return (jvmNanos + postgresNanos + servicesNanos) / (double) wallNanos;
        }
    }
}
