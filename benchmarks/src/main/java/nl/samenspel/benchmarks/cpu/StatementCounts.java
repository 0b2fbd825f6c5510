package nl.samenspel.benchmarks.cpu;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's statements and commits in the platform's database, from {@code pg_stat_statements} (preloaded when
 * {@code LocalPostgres.STATEMENT_STATS} is set before it starts) and {@code pg_stat_database}: a command's round trips,
 * which is where PostgreSQL's CPU per command comes from.
 */
public final class StatementCounts {

    private final String jdbcUrl;

    public StatementCounts(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        execute("create extension if not exists pg_stat_statements");
    }

    /** Forgets what was counted so far. */
    public void reset() {
        execute("select pg_stat_statements_reset()");
        execute("select pg_stat_reset()");
    }

    /** What was counted since the last {@link #reset()}; the heaviest {@code top} statements by number of calls. */
    public Counted read(int top) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            long calls;
            double millis;
            try (ResultSet sum = statement.executeQuery("select coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0)"
                    + " from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())"
                    + " and query not like '%pg_stat%'")) {
                sum.next();
                calls = sum.getLong(1);
                millis = sum.getDouble(2);
            }
            long commits;
            try (ResultSet database = statement.executeQuery(
                    "select xact_commit from pg_stat_database where datname = current_database()")) {
                database.next();
                commits = database.getLong(1);
            }
            List<Counted.Query> queries = new ArrayList<>();
            try (ResultSet heaviest = statement.executeQuery("select calls, total_exec_time, query from pg_stat_statements"
                    + " where dbid = (select oid from pg_database where datname = current_database())"
                    + " and query not like '%pg_stat%' order by calls desc limit " + top)) {
                while (heaviest.next()) {
                    queries.add(new Counted.Query(heaviest.getLong(1), heaviest.getDouble(2),
                            heaviest.getString(3).replaceAll("\\s+", " ")));
                }
            }
            return new Counted(calls, millis, commits, queries);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read pg_stat_statements", e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql + " (is pg_stat_statements preloaded?)", e);
        }
    }

    /**
     * Counted statements.
     *
     * @param calls        statements executed (each a round trip)
     * @param execMillis   their execution time inside PostgreSQL
     * @param commits      transactions committed
     * @param heaviest     the most frequent statements
     */
    public record Counted(long calls, double execMillis, long commits, List<Query> heaviest) {

        /** One normalised statement and how often it ran. */
        public record Query(long calls, double execMillis, String text) {
        }
    }
}
