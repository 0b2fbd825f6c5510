package nl.samenspel.kit.testservice;

import nl.samenspel.local.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service whose schema was migrated before a kit migration existed (kit V1-V3, then its own V100) still starts
 * and gets the kit's newer migrations, although they are numbered below the ones it already has.
 */
class KitUpgradeIT {

    @Test
    void aSchemaFromBeforeALaterKitMigrationIsUpgradedAtStart() {
        String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DriverManagerDataSource database = new DriverManagerDataSource(TestInfrastructure.jdbcUrl(),
                TestInfrastructure.dbUser(), TestInfrastructure.dbPassword());
        // The schema as the previous release left it: the kit's V1-V3, then the service's V100.
        Flyway.configure().dataSource(database).schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("classpath:db/kit").target("3").load().migrate();
        Flyway.configure().dataSource(database).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/kittest").ignoreMigrationPatterns("*:missing").load().migrate();

        ConfigurableApplicationContext service = new SpringApplicationBuilder(KitTestApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + TestInfrastructure.jdbcUrl(),
                "--spring.datasource.username=" + TestInfrastructure.dbUser(),
                "--spring.datasource.password=" + TestInfrastructure.dbPassword(),
                "--spring.datasource.hikari.schema=" + schema,
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema,
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
                "--spring.kafka.listener.auto-startup=false");
        try {
            JdbcTemplate jdbc = new JdbcTemplate(database);
            assertThat(jdbc.queryForList("select version from " + schema + ".flyway_schema_history where success order by installed_rank",
                    String.class)).containsSubsequence("3", "100", "4");
            assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = ?"
                    + " and table_name = 'handled_request' and column_name = 'caller'", Integer.class, schema)).isEqualTo(1);
        } finally {
            service.close();
        }
    }
}
