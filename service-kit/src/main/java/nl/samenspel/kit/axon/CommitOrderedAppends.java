package nl.samenspel.kit.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Appends events only while holding a transaction-scoped PostgreSQL advisory lock, so global indexes become
 * visible in the order they were handed out.
 *
 * <p>Why: PostgreSQL hands out sequence values at insert time but makes rows visible at commit time. Without
 * this lock a transaction that appended event 5 can commit after another committed event 6. Axon's tracking
 * processors then remember 5 as a gap, but only while the event they are reading is younger than the gap
 * timeout: a processor running behind (a replay, a catch-up after an outage) forgets the gap and never handles
 * event 5 — a lost Kafka record or projection row. With the lock, appends (and so commits) are serialised per
 * service; the only gaps left are rolled-back transactions, which are harmless. The cost is one critical section
 * per command, from the insert to the commit, kept short by {@link LateAppendingEventStorageEngine}, which inserts
 * at the very end of the transaction.
 *
 * <p>Why not drop the lock and read commit-safely instead (only events of transactions older than
 * {@code pg_snapshot_xmin(pg_current_snapshot())})? Axon's tracking tokens are positions in the global index, and
 * an older transaction can still hold a lower index than a younger one that committed: that filter alone would
 * skip it too. A correct version orders the stream by (transaction id, index), which means a token and storage
 * engine of our own; the short lock keeps Axon's.
 */
public class CommitOrderedAppends implements AppendEventsStatementBuilder {

    /**
     * The first half of the lock's key, arbitrary but fixed; the second half is the schema. Advisory locks are
     * per database, not per schema, so with one key the services sharing a database queued on each other's appends
     * (the soak found the network's consumer waiting for the coordinator's commits).
     */
    static final int APPEND_LOCK_SPACE = 0x53414D45;

    /** Takes the current schema's append lock until the transaction ends; for anything else that appends rows. */
    public static final String LOCK_STATEMENT = "select pg_advisory_xact_lock(" + APPEND_LOCK_SPACE + ", hashtext(current_schema()))";

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            lock.execute(LOCK_STATEMENT);
        }
        return JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, events, serializer, timestampWriter);
    }
}
