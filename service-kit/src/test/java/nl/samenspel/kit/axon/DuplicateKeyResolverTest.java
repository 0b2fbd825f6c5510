package nl.samenspel.kit.axon;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateKeyResolverTest {

    private final DuplicateKeyResolver resolver = new DuplicateKeyResolver();

    @Test
    void aUniqueViolationReportedAsTheNextExceptionOfABatchIsADuplicateKey() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", batch))).isTrue();
    }

    @Test
    void aUniqueViolationFoundOnlyInTheChainOfNextExceptionsCounts() {
        SQLException aborted = new SQLException("current transaction is aborted", "25P02");
        aborted.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(aborted)).isTrue();
    }

    @Test
    void otherIntegrityOrConnectionFailuresAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("violates foreign key constraint", "23503"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection refused", "08001"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL here"))).isFalse();
    }
}
