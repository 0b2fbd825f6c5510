package nl.samenspel.kit.db;

import org.axonframework.common.ExceptionUtils;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Migrates the schema at start-up when PostgreSQL is reachable. When it is not, the service starts anyway
 * (reporting not-ready) and keeps trying in the background: an unreachable database must not become a crash
 * loop. Until the migration succeeded, commands fail with 503 and processors retry; work that needs the schema
 * can wait for it with {@link #whenMigrated(Runnable)}.
 * <p>
 * "Not there yet" includes a server that is still starting up and a server whose database has not been created
 * yet: a fresh server accepts connections a moment before its provisioning creates the database. (A mistyped
 * database name therefore shows as waiting, in the readiness details, rather than stopping the service.)
 */
public class SchemaMigration implements FlywayMigrationStrategy, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);
    private static final long RETRY_MILLIS = 2000;
    /** SQLSTATEs that mean "try again later": the server is starting up, or the database does not exist yet. */
    private static final Set<String> NOT_THERE_YET = Set.of("57P03", "3D000");

    private final AtomicReference<String> state = new AtomicReference<>("not started");
    private final List<Runnable> whenMigrated = new ArrayList<>();
    private volatile boolean migrated;
    private volatile Thread retry;
    private String lastLogged;

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
        retry = new Thread(() -> retryUntilMigrated(flyway), "schema-migration-retry");
        retry.setDaemon(true);
        retry.start();
    }

    /**
     * Runs {@code action} once the schema is migrated: now if it is, otherwise on the thread that migrates it. For
     * work that would only fail without its tables, such as the scheduler's start-up tasks.
     */
    public void whenMigrated(Runnable action) {
        synchronized (whenMigrated) {
            if (!migrated) {
                whenMigrated.add(action);
                return;
            }
        }
        action.run();
    }

    /**
     * Once the service runs, this thread is the only thing that can still migrate; it must not die on an error
     * it does not expect. Such errors are logged, shown in the readiness details, and tried again like an
     * unreachable database. It ends when the schema is migrated or the application context closes.
     */
    private void retryUntilMigrated(Flyway flyway) {
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
                    if (firstTime(e)) {
                        log.error("Schema migration failed; retrying every {} ms", RETRY_MILLIS, e);
                    }
                }
            }
        }
    }

    private void migrateNow(Flyway flyway) {
        flyway.migrate();
        state.set("migrated");
        List<Runnable> waiting;
        synchronized (whenMigrated) {
            migrated = true;
            waiting = List.copyOf(whenMigrated);
            whenMigrated.clear();
        }
        waiting.forEach(Runnable::run);
    }

    private void waitingFor(RuntimeException e) {
        state.set("waiting for the database: " + e.getMessage());
        if (firstTime(e)) {
            log.warn("PostgreSQL or its database not there yet, schema not migrated yet; retrying every {} ms: {}",
                    RETRY_MILLIS, e.getMessage());
        }
    }

    /** Whether this failure differs from the last one logged: the same one every 2 s would drown the log. */
    private synchronized boolean firstTime(RuntimeException e) {
        boolean first = !Objects.equals(lastLogged, e.getMessage());
        lastLogged = e.getMessage();
        return first;
    }

    static boolean isDatabaseNotThereYet(Throwable e) {
        return ExceptionUtils.findException(e, cause -> cause instanceof java.net.ConnectException
                || cause instanceof java.sql.SQLTransientConnectionException
                || (cause instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || NOT_THERE_YET.contains(sql.getSQLState()))))
                .isPresent();
    }

    public boolean isMigrated() {
        return migrated;
    }

    public String state() {
        return state.get();
    }

    /** A context closed before the database came stops trying (its data source is closed by now anyway). */
    @Override
    public void destroy() {
        Thread running = retry;
        if (running != null) {
            running.interrupt();
        }
    }
}
