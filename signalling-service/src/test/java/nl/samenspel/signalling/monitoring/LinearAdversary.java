package nl.samenspel.signalling.monitoring;

import nl.samenspel.signalling.disclosure.Additivity;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A reader who knows every shown value exactly (stronger than rounding allows) and every true linear relation
 * between cells, and works out the hidden ones: exact Gauss-Jordan elimination modulo a large prime over the hidden
 * cells, one indicator at a time. A hidden cell is pinned when its unit vector lies in the row
 * space: it is a pivot and its reduced row has no other entry. Written apart from the service's own check.
 */
final class LinearAdversary {

    private static final long P = 2_147_483_647L;

    private LinearAdversary() {
    }

    /**
     * The hidden cells the relations pin down. Relations never link two indicators (cells are named
     * {@code <period>#<indicator>|...}, sums {@code sum:<period>#<indicator>}), so each indicator is solved apart.
     */
    static Set<String> pinned(List<Additivity> relations, Set<String> hidden) {
        Map<String, List<Additivity>> groups = new HashMap<>();
        relations.forEach(relation -> groups.computeIfAbsent(indicatorOf(relation.total()), g -> new ArrayList<>()).add(relation));
        Set<String> pinned = new TreeSet<>();
        groups.values().forEach(group -> pinned.addAll(solve(group, hidden)));
        return pinned;
    }

    private static String indicatorOf(String cell) {
        String indicator = cell.substring(cell.indexOf('#') + 1);
        return (cell.startsWith("sum:") ? "sum:" : "") + indicator.split("\\|")[0];
    }

    private static Set<String> solve(List<Additivity> relations, Set<String> hidden) {
        List<String> unknowns = relations.stream().flatMap(relation -> cells(relation).stream())
                .filter(hidden::contains).distinct().sorted().toList();
        Map<String, Integer> column = new HashMap<>();
        unknowns.forEach(cell -> column.put(cell, column.size()));
        long[][] m = new long[relations.size()][unknowns.size()];
        for (int r = 0; r < relations.size(); r++) {
            for (String part : relations.get(r).parts()) {
                if (column.containsKey(part)) {
                    m[r][column.get(part)] = (m[r][column.get(part)] + 1) % P;
                }
            }
            if (column.containsKey(relations.get(r).total())) {
                int c = column.get(relations.get(r).total());
                m[r][c] = (m[r][c] + P - 1) % P;
            }
        }
        int rank = 0;
        int[] pivotColumn = new int[m.length];
        for (int c = 0; c < unknowns.size() && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length && pivot < 0; r++) {
                pivot = m[r][c] != 0 ? r : -1;
            }
            if (pivot < 0) {
                continue;
            }
            long[] swap = m[rank];
            m[rank] = m[pivot];
            m[pivot] = swap;
            long inverse = BigInteger.valueOf(m[rank][c]).modInverse(BigInteger.valueOf(P)).longValue();
            for (int k = 0; k < unknowns.size(); k++) {
                m[rank][k] = m[rank][k] * inverse % P;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rank && m[r][c] != 0) {
                    long factor = m[r][c];
                    for (int k = 0; k < unknowns.size(); k++) {
                        m[r][k] = ((m[r][k] - factor * m[rank][k]) % P + P) % P;
                    }
                }
            }
            pivotColumn[rank++] = c;
        }
        Set<String> pinned = new TreeSet<>();
        for (int r = 0; r < rank; r++) {
            int nonZero = 0;
            for (long entry : m[r]) {
                nonZero += entry != 0 ? 1 : 0;
            }
            if (nonZero == 1) {
                pinned.add(unknowns.get(pivotColumn[r]));
            }
        }
        return pinned;
    }

    private static List<String> cells(Additivity relation) {
        List<String> cells = new ArrayList<>(relation.parts());
        cells.add(relation.total());
        return cells;
    }
}
