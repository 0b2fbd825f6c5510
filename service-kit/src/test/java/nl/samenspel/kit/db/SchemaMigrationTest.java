package nl.samenspel.kit.db;

import nl.samenspel.local.test.Await;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SchemaMigrationTest {

    @Test
    void anUnreachableServerAStartingServerAndAMissingDatabaseAreNotThereYet() {
        assertThat(SchemaMigration.isDatabaseNotThereYet(wrapped(new ConnectException("Connection refused")))).isTrue();
        assertThat(SchemaMigration.isDatabaseNotThereYet(wrapped(new SQLException("refused", "08001")))).isTrue();
        assertThat(SchemaMigration.isDatabaseNotThereYet(wrapped(new SQLException("the database system is starting up", "57P03")))).isTrue();
        assertThat(SchemaMigration.isDatabaseNotThereYet(wrapped(new SQLException("database \"x\" does not exist", "3D000")))).isTrue();
    }

    @Test
    void aBrokenMigrationOrAWrongPasswordIsNotWaitedFor() {
        assertThat(SchemaMigration.isDatabaseNotThereYet(wrapped(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(SchemaMigration.isDatabaseNotThereYet(wrapped(new SQLException("password authentication failed", "28P01")))).isFalse();
        assertThat(SchemaMigration.isDatabaseNotThereYet(new FlywayException("Validate failed: migrations have failed validation"))).isFalse();
    }

    @Test
    void aBrokenMigrationAtStartUpStopsTheService() {
        Flyway flyway = mock(Flyway.class);
        when(flyway.migrate()).thenThrow(new FlywayException("Validate failed: migrations have failed validation"));

        assertThatThrownBy(() -> new SchemaMigration().migrate(flyway)).hasMessageContaining("Validate failed");
    }

    @Test
    void theBackgroundMigrationOutlivesAnUnexpectedErrorThenRunsWhatWaitedForTheSchema() {
        Flyway flyway = mock(Flyway.class);
        when(flyway.migrate())
                .thenThrow(wrapped(new ConnectException("Connection refused")))
                .thenThrow(new FlywayException("Unable to lock the schema history table"))
                .thenReturn(null);
        SchemaMigration migration = new SchemaMigration();
        AtomicInteger ran = new AtomicInteger();

        migration.migrate(flyway);
        migration.whenMigrated(ran::incrementAndGet);
        assertThat(migration.isMigrated()).isFalse();
        assertThat(ran).hasValue(0);

        Await.until(Duration.ofSeconds(20), "migrated by the background retry, then the waiting action run",
                () -> ran.get() == 1);
        assertThat(migration.isMigrated()).isTrue();
        verify(flyway, times(3)).migrate();
        migration.whenMigrated(ran::incrementAndGet);
        assertThat(ran).as("run at once when already migrated").hasValue(2);
        migration.destroy();
    }

    private static RuntimeException wrapped(Exception cause) {
        return new FlywayException("Unable to obtain connection from database", cause);
    }
}
