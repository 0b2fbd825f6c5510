package nl.samenspel.kit.db;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static RuntimeException wrapped(Exception cause) {
        return new FlywayException("Unable to obtain connection from database", cause);
    }
}
