package nl.samenspel.benchmarks.limits;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own limit: single-row inserts, each committed on its own, by plain JDBC into a scratch table
 * in its own schema of the same PostgreSQL the services use.
 */
public final class RawJdbc {

    private final String jdbcUrl;

    public RawJdbc(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists benchmark_raw");
            statement.execute("""
                    create table if not exists benchmark_raw.scratch (
                        id bigserial primary key, payload text not null, created_at timestamptz not null default now())""");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the scratch table", e);
        }
    }

    /**
     * What {@code connections} connections inserting at once for {@code duration} managed.
     *
     * @param perSecond      commits per second
     * @param commits        commits
     * @param threadCpuNanos the CPU time of the inserting threads (the JDBC driver's part of each commit)
     */
    public record Commits(double perSecond, long commits, long threadCpuNanos) {
    }

    /** Inserts with {@code connections} connections at once for {@code duration}. */
    public Commits commit(int connections, Duration duration) {
        AtomicLong commits = new AtomicLong();
        AtomicLong threadCpu = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread thread = new Thread(() -> {
                insertUntil(end, commits);
                threadCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            }, "raw-jdbc-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        return new Commits(commits.get() / ((System.nanoTime() - start) / 1e9), commits.get(), threadCpu.get());
    }

    private void insertUntil(long end, AtomicLong commits) {
        // A payload about the size of a small event, so the row is not unrealistically tiny.
        String payload = "{\"supporterId\":\"" + "x".repeat(36) + "\",\"status\":\"ON_LEAVE\",\"from\":\"2025-01-01\"}";
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("insert into benchmark_raw.scratch (payload) values (?)")) {
            connection.setAutoCommit(true);
            while (System.nanoTime() < end) {
                insert.setString(1, payload);
                insert.executeUpdate();
                commits.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Raw insert failed", e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }
}
