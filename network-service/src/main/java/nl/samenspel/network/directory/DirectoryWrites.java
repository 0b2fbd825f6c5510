package nl.samenspel.network.directory;

import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes directory rows: live at once, during a replay once per row per processor batch.
 *
 * <p>Why: a rebuild replays every event of every supporter; one statement per event made the rebuild cost a
 * database round trip per event (2,500 events/s). During a replay the changes of a batch are merged per row (an
 * insert-if-absent and one update with the last value of every column: every change is a plain assignment) and
 * written when the batch commits, in one JDBC batch per statement shape. A live event first writes whatever is
 * pending, so the tables are exact whenever a live handler reads them.
 */
final class DirectoryWrites {

    private static final String PENDING = DirectoryWrites.class.getName() + ".pending";

    private final JdbcTemplate jdbc;

    DirectoryWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code insert … on conflict (idColumn) do nothing}. */
    void insert(Row row, Map<String, Object> columns, ReplayStatus replay) {
        if (replay.isReplay() && CurrentUnitOfWork.isStarted()) {
            Pending pending = pending();
            Change change = pending.changes.get(row);
            if (change != null && change.insert == null && !change.assignments.isEmpty()) {
                // An update before the row's insert: keep their order by writing what is pending first.
                pending.write();
                change = null;
            }
            if (change == null) {
                change = new Change();
                pending.changes.put(row, change);
            }
            if (change.insert == null) {
                change.insert = new LinkedHashMap<>(columns);
            }
            return;
        }
        writePending();
        jdbc.update(insertSql(row, columns.keySet()), values(row, columns, false));
    }

    /** {@code update … set columns where idColumn = id}. */
    void update(Row row, Map<String, Object> columns, ReplayStatus replay) {
        if (replay.isReplay() && CurrentUnitOfWork.isStarted()) {
            pending().changes.computeIfAbsent(row, r -> new Change()).assignments.putAll(columns);
            return;
        }
        writePending();
        jdbc.update(updateSql(row, columns.keySet()), values(row, columns, true));
    }

    private void writePending() {
        if (CurrentUnitOfWork.isStarted()) {
            Pending pending = CurrentUnitOfWork.get().root().getResource(PENDING);
            if (pending != null) {
                pending.write();
            }
        }
    }

    private Pending pending() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, key -> {
            Pending pending = new Pending();
            batch.onPrepareCommit(u -> pending.write());
            return pending;
        });
    }

    private static String insertSql(Row row, Iterable<String> columns) {
        List<String> names = new ArrayList<>();
        names.add(row.idColumn());
        columns.forEach(names::add);
        return "insert into " + row.table() + " (" + String.join(", ", names) + ") values ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ") on conflict (" + row.idColumn() + ") do nothing";
    }

    private static String updateSql(Row row, Iterable<String> columns) {
        List<String> assignments = new ArrayList<>();
        columns.forEach(column -> assignments.add(column + " = ?"));
        return "update " + row.table() + " set " + String.join(", ", assignments) + " where " + row.idColumn() + " = ?";
    }

    private static Object[] values(Row row, Map<String, Object> columns, boolean idLast) {
        List<Object> values = new ArrayList<>(columns.size() + 1);
        if (!idLast) {
            values.add(row.id());
        }
        values.addAll(columns.values());
        if (idLast) {
            values.add(row.id());
        }
        return values.toArray();
    }

    /**
     * A directory row: table, key column (a constant of the projection, never input) and key.
     *
     * @param table    the table
     * @param idColumn its primary key column
     * @param id       the key
     */
    record Row(String table, String idColumn, String id) {
    }

    /** One row's merged changes within a batch. */
    private static final class Change {
        private Map<String, Object> insert;
        private final Map<String, Object> assignments = new LinkedHashMap<>();
    }

    /** The batch's merged changes, in the order their rows were first touched. */
    private final class Pending {
        private final Map<Row, Change> changes = new LinkedHashMap<>();

        /** All inserts first (an organisation before its supporters), then the updates; one JDBC batch per shape. */
        void write() {
            Map<String, List<Object[]>> batches = new LinkedHashMap<>();
            changes.forEach((row, change) -> {
                if (change.insert != null) {
                    batches.computeIfAbsent(insertSql(row, change.insert.keySet()), sql -> new ArrayList<>())
                            .add(values(row, change.insert, false));
                }
            });
            changes.forEach((row, change) -> {
                if (!change.assignments.isEmpty()) {
                    batches.computeIfAbsent(updateSql(row, change.assignments.keySet()), sql -> new ArrayList<>())
                            .add(values(row, change.assignments, true));
                }
            });
            changes.clear();
            batches.forEach(jdbc::batchUpdate);
        }
    }
}
