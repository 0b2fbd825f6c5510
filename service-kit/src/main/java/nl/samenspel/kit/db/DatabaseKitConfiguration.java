package nl.samenspel.kit.db;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Flyway migrations that do not crash the service when PostgreSQL is not there yet. */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration")
public class DatabaseKitConfiguration {

    /** Also the {@code FlywayMigrationStrategy} Spring Boot's Flyway initializer uses. */
    @Bean
    public SchemaMigration schemaMigration() {
        return new SchemaMigration();
    }

    @Bean(name = "schemaHealthIndicator")
    public SchemaHealthIndicator schemaHealthIndicator(SchemaMigration schemaMigration) {
        return new SchemaHealthIndicator(schemaMigration);
    }
}
