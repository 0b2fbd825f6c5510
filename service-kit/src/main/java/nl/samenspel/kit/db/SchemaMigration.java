package nl.samenspel.kit.db;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;

import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Migrates the schema at start-up when PostgreSQL is reachable. When it is not, the service starts anyway
 * (reporting not-ready) and keeps trying in the background: an unreachable database must not become a crash
 * loop. Until the migration succeeded, commands fail with 503 and processors retry.
 * <p>
 * "Not there yet" includes a server that is still starting up and a server whose database has not been created
 * yet: a fresh server accepts connections a moment before its provisioning creates the database.
 */
public class SchemaMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);
    private static final long RETRY_MILLIS = 2000;
    /** SQLSTATEs that mean "try again later": the server is starting up, or the database does not exist yet. */
    private static final Set<String> NOT_THERE_YET = Set.of("57P03", "3D000");

    private final AtomicReference<String> state = new AtomicReference<>("not started");
    private volatile boolean migrated;

    @Override
    public void migrate(Flyway flyway) {
        try {
            migrateNow(flyway);
            return;
        } catch (RuntimeException e) {
            if (!isDatabaseNotThereYet(e)) {
                // At start-up a broken migration or a wrong password stops the service: the operator sees it at once.
                throw e;
            }
            waitingFor(e);
        }
        Thread retry = new Thread(() -> retryUntilMigrated(flyway), "schema-migration-retry");
        retry.setDaemon(true);
        retry.start();
    }

    /**
     * Once the service runs, this thread is the only thing that can still migrate; it must not die on an error
     * it does not expect. Such errors are logged once per distinct message, shown in the readiness details, and
     * tried again like an unreachable database.
     */
    private void retryUntilMigrated(Flyway flyway) {
        String lastFailure = null;
        while (!migrated) {
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                migrateNow(flyway);
            } catch (RuntimeException e) {
                if (isDatabaseNotThereYet(e)) {
                    waitingFor(e);
                } else {
                    state.set("migration failed, retrying every " + RETRY_MILLIS + " ms: " + e.getMessage());
                    if (!Objects.equals(lastFailure, e.getMessage())) {
                        log.error("Schema migration failed; retrying every {} ms", RETRY_MILLIS, e);
                    }
                    lastFailure = e.getMessage();
                }
            }
        }
    }

    private void migrateNow(Flyway flyway) {
        flyway.migrate();
        migrated = true;
        state.set("migrated");
    }

    private void waitingFor(RuntimeException e) {
        state.set("waiting for the database: " + e.getMessage());
        log.warn("PostgreSQL or its database not there yet, schema not migrated yet; retrying every {} ms", RETRY_MILLIS);
    }

    static boolean isDatabaseNotThereYet(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || NOT_THERE_YET.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    public boolean isMigrated() {
        return migrated;
    }

    public String state() {
        return state.get();
    }
}
