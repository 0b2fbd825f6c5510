package nl.samenspel.benchmarks.replay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The vacuum and analyse the network-service runs on its directory once a rebuild has caught up: searches right
 * after a rebuild are measured once it is done, as a user would meet them a few seconds later.
 */
public final class DirectoryUpkeep {

    /** Manual VACUUM and ANALYZE runs of the directory's supporter table (autovacuum counts separately). */
    private static final String RUNS = """
            select coalesce(sum(vacuum_count + analyze_count), 0) from pg_stat_user_tables
            where schemaname = 'network' and relname = 'directory_supporter'""";

    private final String jdbcUrl;

    public DirectoryUpkeep(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** How often the table was vacuumed or analysed by hand so far. */
    public long runs() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet runs = statement.executeQuery(RUNS)) {
            runs.next();
            return runs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the directory's table statistics", e);
        }
    }

    /** Waits until a vacuum and an analyse have run since {@code before} was read; returns the seconds waited. */
    public double awaitSince(long before, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (runs() < before + 2) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The directory was not vacuumed and analysed within " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
