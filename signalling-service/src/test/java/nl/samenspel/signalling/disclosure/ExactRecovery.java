package nl.samenspel.signalling.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An independent check of what a reader can work out, for the property tests: a hidden cell is recoverable
 * when adding "this cell = ?" to the relations does not raise their rank, i.e. the cell's unit vector lies in
 * the row space. Ranks are computed exactly, modulo a large prime (the matrices hold only 0 and ±1).
 */
public final class ExactRecovery {

    private static final long P = 1_000_000_007L;

    private ExactRecovery() {
    }

    public static Set<String> recoverable(List<Additivity> relations, Set<String> hidden) {
        List<String> unknowns = new ArrayList<>(new TreeSet<>(hidden));
        Map<String, Integer> column = new java.util.HashMap<>();
        unknowns.forEach(cell -> column.put(cell, column.size()));
        List<long[]> rows = new ArrayList<>();
        for (Additivity relation : relations) {
            long[] row = new long[unknowns.size()];
            relation.parts().stream().filter(column::containsKey).forEach(part -> row[column.get(part)] += 1);
            if (column.containsKey(relation.total())) {
                row[column.get(relation.total())] += P - 1;
            }
            rows.add(row);
        }
        int rank = rank(rows, unknowns.size());
        Set<String> recoverable = new TreeSet<>();
        for (String cell : unknowns) {
            List<long[]> extended = new ArrayList<>(rows.stream().map(long[]::clone).toList());
            long[] unit = new long[unknowns.size()];
            unit[column.get(cell)] = 1;
            extended.add(unit);
            if (rank(extended, unknowns.size()) == rank) {
                recoverable.add(cell);
            }
        }
        return recoverable;
    }

    private static int rank(List<long[]> input, int columns) {
        long[][] m = input.stream().map(long[]::clone).toArray(long[][]::new);
        int rank = 0;
        for (int c = 0; c < columns && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (m[r][c] % P != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] swap = m[rank];
            m[rank] = m[pivot];
            m[pivot] = swap;
            long inverse = power(m[rank][c] % P, P - 2);
            for (int r = 0; r < m.length; r++) {
                if (r != rank && m[r][c] % P != 0) {
                    long factor = m[r][c] % P * inverse % P;
                    for (int k = 0; k < columns; k++) {
                        m[r][k] = ((m[r][k] - factor * m[rank][k]) % P + P) % P;
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    private static long power(long base, long exponent) {
        long result = 1;
        base %= P;
        while (exponent > 0) {
            if ((exponent & 1) == 1) {
                result = result * base % P;
            }
            base = base * base % P;
            exponent >>= 1;
        }
        return result;
    }
}
