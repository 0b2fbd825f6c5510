package nl.samenspel.network.directory;

import nl.samenspel.local.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** A fresh schema in the test PostgreSQL with this service's migrations, for projection tests. */
final class ProjectionDatabase {

    private ProjectionDatabase() {
    }

    static DataSource fresh() {
        String schema = "projection_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                TestInfrastructure.jdbcUrl() + (TestInfrastructure.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema,
                TestInfrastructure.dbUser(), TestInfrastructure.dbPassword());
        Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/network").load().migrate();
        return dataSource;
    }

    /** Manual VACUUM and ANALYZE runs of the directory's supporter table in the connection's schema (autovacuum counts apart). */
    static long manualUpkeepRuns(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select vacuum_count + analyze_count from pg_stat_user_tables
                where schemaname = current_schema() and relname = 'directory_supporter'""", Long.class);
    }
}
