package nl.samenspel.kit.db;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Migrates the schema at start-up when PostgreSQL is reachable. When it is not, the service starts anyway
 * (reporting not-ready) and keeps trying in the background: an unreachable database must not become a crash
 * loop. Until the migration succeeded, commands fail with 503 and processors retry.
 */
public class SchemaMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);
    private static final long RETRY_MILLIS = 2000;

    private final AtomicReference<String> state = new AtomicReference<>("not started");
    private volatile boolean migrated;

    @Override
    public void migrate(Flyway flyway) {
        if (tryMigrate(flyway)) {
            return;
        }
        Thread retry = new Thread(() -> {
            while (!migrated) {
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                tryMigrate(flyway);
            }
        }, "schema-migration-retry");
        retry.setDaemon(true);
        retry.start();
    }

    private boolean tryMigrate(Flyway flyway) {
        try {
            flyway.migrate();
            migrated = true;
            state.set("migrated");
            return true;
        } catch (RuntimeException e) {
            if (!isConnectionProblem(e)) {
                throw e;
            }
            state.set("waiting for the database: " + e.getMessage());
            log.warn("PostgreSQL unreachable, schema not migrated yet; retrying every {} ms", RETRY_MILLIS);
            return false;
        }
    }

    private static boolean isConnectionProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.sql.SQLTransientConnectionException
                    || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
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
