package nl.samenspel.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 server from the zonky binaries. With a data folder the data survives restarts
 * (the local run); without one it lives in a temporary folder (tests).
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String DATABASE = "samenspel";
    /** System property: "true" preloads {@code pg_stat_statements}, so a soak can see what each statement costs. */
    public static final String STATEMENT_STATS = "samenspel.postgres.statement-stats";
    /**
     * System property: "true" runs PostgreSQL as production does, every commit flushed to disk before it returns
     * ({@code fsync} and {@code synchronous_commit} on), also with a throw-away folder; the benchmark measures that.
     */
    public static final String DURABLE = "samenspel.postgres.durable";

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL.
     *
     * @param port      the port to listen on, 0 for any free port
     * @param dataFolder where to keep the data across restarts, or {@code null} for a throw-away folder
     */
    public static LocalPostgres start(int port, Path dataFolder) {
        return start(port, dataFolder, true);
    }

    /**
     * Starts PostgreSQL that stops only when {@link #close() closed}: for an owner that stops what uses the database
     * first. (With the server's own JVM shutdown hook it stops at the same moment as everything else, and the
     * services still running fill the log with refused connections.)
     */
    public static LocalPostgres startStoppedByOwner(int port, Path dataFolder) {
        return start(port, dataFolder, false);
    }

    private static LocalPostgres start(int port, Path dataFolder, boolean stopAtJvmExit) {
        try {
            boolean durable = Boolean.getBoolean(DURABLE);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", durable || dataFolder != null ? "on" : "off")
                    // zonky's default, said out loud: without it a commit returns only once its WAL is on disk. Off,
                    // a crash can lose the last fraction of a second of commits, never corrupt the data.
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setRegisterShutdownHook(stopAtJvmExit);
            if (Boolean.getBoolean(STATEMENT_STATS)) {
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataFolder != null) {
                Files.createDirectories(dataFolder);
                builder.setDataDirectory(dataFolder).setCleanDataDirectory(false);
            }
            LocalPostgres server = new LocalPostgres(builder.start());
            server.createDatabaseIfMissing();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** The JDBC URL of the {@value #DATABASE} database (user and password: {@code postgres}). */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
