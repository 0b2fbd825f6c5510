package nl.samenspel.benchmarks.cpu;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Samples PostgreSQL's lock table for sessions waiting on a service's append lock (the kit's transaction-scoped
 * advisory lock, keyed by the schema's hash), every {@value #INTERVAL_MILLIS} ms. The average number waiting, divided
 * by the rate of commands, is the average time a command waited for it (Little's law).
 */
public final class AppendLockWaits implements AutoCloseable {

    static final long INTERVAL_MILLIS = 20;
    /** The advisory locks' waiters by schema: the lock's second key is {@code hashtext(schema)}, an oid in pg_locks. */
    private static final String WAITING = """
            select n.nspname, count(*) from pg_locks l
              join pg_namespace n on l.objid::bigint = (hashtext(n.nspname)::bigint + 4294967296) % 4294967296
             where l.locktype = 'advisory' and not l.granted group by n.nspname""";

    private final Connection connection;
    private final Map<String, Long> waiting = new TreeMap<>();
    private final Thread sampler;
    private volatile boolean sampling = true;
    private long samples;

    private AppendLockWaits(Connection connection) {
        this.connection = connection;
        this.sampler = new Thread(this::sample, "benchmark-lock-sampler");
    }

    /** Starts sampling the PostgreSQL behind {@code jdbcUrl}. */
    public static AppendLockWaits start(String jdbcUrl) {
        try {
            AppendLockWaits waits = new AppendLockWaits(DriverManager.getConnection(jdbcUrl, "postgres", "postgres"));
            waits.sampler.start();
            return waits;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to sample the lock table", e);
        }
    }

    private void sample() {
        try (Statement statement = connection.createStatement()) {
            while (sampling) {
                try (ResultSet rows = statement.executeQuery(WAITING)) {
                    synchronized (this) {
                        samples++;
                        while (rows.next()) {
                            waiting.merge(rows.getString(1), rows.getLong(2), Long::sum);
                        }
                    }
                }
                LockSupport.parkNanos(INTERVAL_MILLIS * 1_000_000);
            }
        } catch (SQLException e) {
            if (sampling) {
                throw new IllegalStateException("Sampling the lock table failed", e);
            }
        }
    }

    /** The average number of sessions waiting for each schema's append lock since the start. */
    public synchronized Map<String, Double> averageWaiting() {
        Map<String, Double> average = new TreeMap<>();
        waiting.forEach((schema, count) -> average.put(schema, samples == 0 ? 0 : count / (double) samples));
        return average;
    }

    @Override
    public void close() {
        sampling = false;
        try {
            sampler.join(5_000);
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException ignored) {
            // Closing a connection we only read with.
        }
    }
}
