package nl.samenspel.signalling.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A two-way table of counts with its row totals, column totals and grand total, as cells and relations for
 * {@link DisclosureControl}. Cell names are {@code <name>|<row>|<column>}; totals use {@link #TOTAL} as row or column.
 */
public final class CountTable {

    /** The row or column name of totals. */
    public static final String TOTAL = "ALL";

    private final String name;
    private final List<String> rows;
    private final List<String> columns;
    private final long[][] counts;

    public CountTable(String name, List<String> rows, List<String> columns) {
        this.name = name;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.counts = new long[rows.size()][columns.size()];
    }

    public CountTable add(String row, String column, long count) {
        counts[index(rows, row)][index(columns, column)] += count;
        return this;
    }

    public long count(String row, String column) {
        return counts[index(rows, row)][index(columns, column)];
    }

    public static String cell(String table, String row, String column) {
        return table + "|" + row + "|" + column;
    }

    public String cell(String row, String column) {
        return cell(name, row, column);
    }

    public List<String> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    /** Every cell with its count, totals included. */
    public Map<String, Long> cells() {
        Map<String, Long> cells = new LinkedHashMap<>();
        long grand = 0;
        long[] columnTotals = new long[columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            long rowTotal = 0;
            for (int c = 0; c < columns.size(); c++) {
                cells.put(cell(rows.get(r), columns.get(c)), counts[r][c]);
                rowTotal += counts[r][c];
                columnTotals[c] += counts[r][c];
            }
            cells.put(cell(rows.get(r), TOTAL), rowTotal);
            grand += rowTotal;
        }
        for (int c = 0; c < columns.size(); c++) {
            cells.put(cell(TOTAL, columns.get(c)), columnTotals[c]);
        }
        cells.put(cell(TOTAL, TOTAL), grand);
        return cells;
    }

    /** Each row sums to its row total, each column (the totals row included) to its column total. */
    public List<Additivity> relations() {
        List<Additivity> relations = new ArrayList<>();
        List<String> allRows = new ArrayList<>(rows);
        allRows.add(TOTAL);
        for (String row : allRows) {
            relations.add(new Additivity(cell(row, TOTAL), columns.stream().map(column -> cell(row, column)).toList()));
        }
        List<String> allColumns = new ArrayList<>(columns);
        allColumns.add(TOTAL);
        for (String column : allColumns) {
            relations.add(new Additivity(cell(TOTAL, column), rows.stream().map(row -> cell(row, column)).toList()));
        }
        return relations;
    }

    private static int index(List<String> names, String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("Unknown row or column '" + name + "'; known are " + names + ".");
        }
        return index;
    }
}
