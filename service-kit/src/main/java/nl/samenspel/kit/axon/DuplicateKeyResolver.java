package nl.samenspel.kit.axon;

import org.axonframework.common.ExceptionUtils;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon that an append failed on a unique key, PostgreSQL's SQLSTATE {@code 23505}: the aggregate's sequence
 * number was taken by a command that committed first, so Axon reports a {@code ConcurrencyException} (transient,
 * worth a retry; 409 at the HTTP edge) instead of an {@code EventStoreException}.
 *
 * <p>Why not Axon's {@code JdbcSQLErrorCodesResolver}: it only recognises {@code SQLIntegrityConstraintViolationException},
 * which the PostgreSQL driver never throws; the duplicate then surfaced as a 500 (seen in the benchmark).
 */
public class DuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return ExceptionUtils.findException(exception, cause -> cause instanceof SQLException sql && isUniqueViolation(sql))
                .isPresent();
    }

    /** The exception itself or one chained to it (a batch reports each failed entry as a next exception). */
    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
