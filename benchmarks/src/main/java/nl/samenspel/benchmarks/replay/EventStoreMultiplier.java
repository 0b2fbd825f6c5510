package nl.samenspel.benchmarks.replay;

import nl.samenspel.kit.axon.CommitOrderedAppends;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Grows a service's event store to millions of events without sending millions of commands: real rows the
 * service wrote for real commands (a supporter's registration, availability and profile changes) are copied
 * with new event ids, new aggregate ids (also inside the payload) and consecutive sequence numbers, exactly in
 * the shape Axon writes them. Each new supporter gets one registration followed by changes, in global order.
 */
public final class EventStoreMultiplier {

    private static final int SUPPORTERS_PER_TRANSACTION = 1_000;

    private final String jdbcUrl;
    private final String schema;

    public EventStoreMultiplier(String jdbcUrl, String schema) {
        this.jdbcUrl = jdbcUrl;
        this.schema = schema;
    }

    /**
     * Adds {@code supporters} new supporters of {@code eventsPerSupporter} events each; returns how many events the
     * store holds afterwards.
     */
    public long addSupporters(int supporters, int eventsPerSupporter) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema);
            statement.execute("""
                    create temp table benchmark_template on commit preserve rows as
                    select 'registered' as part, row_number() over (order by globalindex) - 1 as n, aggregateidentifier,
                           type, metadata, payload, payloadrevision, payloadtype, timestamp
                    from domainevententry where payloadtype like '%.SupporterRegisteredEvent'
                    union all
                    select 'changed', row_number() over (order by globalindex) - 1, aggregateidentifier,
                           type, metadata, payload, payloadrevision, payloadtype, timestamp
                    from domainevententry where payloadtype like '%.SupporterAvailabilityChangedEvent'
                                             or payloadtype like '%.SupporterProfileChangedEvent'""");
            statement.execute("create index on benchmark_template (part, n)");
            long registered = count(statement, "registered");
            long changed = count(statement, "changed");
            if (registered == 0 || changed == 0) {
                throw new IllegalStateException("No real supporter events to copy; run the workload first");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                                  payload, payloadrevision, payloadtype, timestamp)
                    select c.id, g.seq, t.type, gen_random_uuid()::text, t.metadata,
                           convert_to(replace(convert_from(t.payload, 'UTF8'), t.aggregateidentifier, c.id), 'UTF8'),
                           t.payloadrevision, t.payloadtype, t.timestamp
                    from (select s, md5('benchmark-supporter/' || s)::uuid::text as id from generate_series(?, ?) s) c
                    cross join generate_series(0, ?) g(seq)
                    join benchmark_template t
                      on t.part = case when g.seq = 0 then 'registered' else 'changed' end
                     and t.n = case when g.seq = 0 then c.s % ? else (c.s + g.seq) % ? end
                    order by c.s, g.seq""")) {
                for (int from = 0; from < supporters; from += SUPPORTERS_PER_TRANSACTION) {
                    // The kit's append lock of this schema: held while appending so global indexes commit in order.
                    statement.execute(CommitOrderedAppends.LOCK_STATEMENT);
                    insert.setLong(1, from);
                    insert.setLong(2, Math.min(supporters, from + SUPPORTERS_PER_TRANSACTION) - 1L);
                    insert.setLong(3, eventsPerSupporter - 1L);
                    insert.setLong(4, registered);
                    insert.setLong(5, changed);
                    insert.executeUpdate();
                    connection.commit();
                }
            }
            connection.setAutoCommit(true);
            statement.execute("analyze domainevententry");
            return countAll(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not multiply the event store of " + schema, e);
        }
    }

    /** How many events the store holds. */
    public long events() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema);
            return countAll(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the events of " + schema, e);
        }
    }

    private static long count(Statement statement, String part) throws SQLException {
        try (var rows = statement.executeQuery("select count(*) from benchmark_template where part = '" + part + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long countAll(Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("select count(*) from domainevententry")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
