package nl.samenspel.kit.db;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** Not ready until the service's schema is migrated. */
public class SchemaHealthIndicator extends AbstractHealthIndicator {

    private final SchemaMigration migration;

    public SchemaHealthIndicator(SchemaMigration migration) {
        this.migration = migration;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.status(migration.isMigrated() ? "UP" : "DOWN").withDetail("state", migration.state());
    }
}
