package nl.samenspel.kit.db;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/** Flyway migrations that do not crash the service when PostgreSQL is not there yet. */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration")
public class DatabaseKitConfiguration {

    @Bean
    public SchemaMigration schemaMigration() {
        return new SchemaMigration();
    }

    @Bean
    public FlywayMigrationStrategy flywayMigrationStrategy(SchemaMigration schemaMigration) {
        return schemaMigration;
    }

    @Bean(name = "schemaHealthIndicator")
    public SchemaHealthIndicator schemaHealthIndicator(SchemaMigration schemaMigration) {
        return new SchemaHealthIndicator(schemaMigration);
    }
}
