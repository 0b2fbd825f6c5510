package nl.samenspel.signalling.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Statistical disclosure control for counts, as a pure function.
 *
 * <ol>
 *   <li>Primary suppression: every count below the threshold (0 included) is hidden.</li>
 *   <li>Secondary suppression: a reader knows the shown counts and the additivities between cells (row and column
 *       totals, a quarter that sums its months, a year that sums its quarters). A hidden small count must never be
 *       a function of those: as long as one is, the smallest shown cell in a relation with it is hidden too.
 *       Checked exactly with linear algebra: a hidden cell is recoverable when it is fixed in every solution of
 *       the relations, i.e. when it has no free variable in the reduced row echelon form.</li>
 *   <li>Shown counts are rounded to a multiple of {@link DisclosureSettings#ROUNDING_BASE}.</li>
 * </ol>
 * Shown counts are treated as exact while checking, which is stricter than needed: rounding hides more.
 * The result depends only on the input (ties are broken by cell name), so the same figures always give the
 * same pattern, and a report compiled twice never shows two different patterns to subtract.
 */
public final class DisclosureControl {

    private static final double EPSILON = 1e-9;

    private DisclosureControl() {
    }

    /**
     * Protects {@code counts} given the relations a reader knows.
     *
     * @param counts      true counts per cell; every cell named in {@code relations} must have one
     * @param relations   the additivities between cells
     * @param threshold   counts below this are suppressed; at least {@link DisclosureSettings#MINIMUM_THRESHOLD}
     * @throws IllegalArgumentException for a threshold below the minimum, a negative count or a relation over an
     *                                  unknown cell
     */
    public static ProtectedCounts protect(Map<String, Long> counts, List<Additivity> relations, int threshold) {
        return protect(counts, relations, threshold, new ProtectedCounts(Map.of(), Set.of()));
    }

    /**
     * As {@link #protect(Map, List, int)}, with some cells already decided: the cells of a report that was
     * published before (a month, when protecting its quarter). Their decisions stand; only the other cells may be
     * suppressed further. Hiding every undecided cell is always safe (those cells add no relation between decided
     * ones), so a solution always exists.
     *
     * @param decided earlier decisions: cells in {@code shown} stay shown, cells in {@code suppressed} stay hidden
     */
    public static ProtectedCounts protect(Map<String, Long> counts, List<Additivity> relations, int threshold,
                                          ProtectedCounts decided) {
        DisclosureSettings.requireSafe(threshold);
        counts.forEach((cell, count) -> {
            if (count == null || count < 0) {
                throw new IllegalArgumentException("Count of " + cell + " cannot be below zero (was " + count + ").");
            }
        });
        relations.forEach(relation -> {
            List<String> cells = new ArrayList<>(relation.parts());
            cells.add(relation.total());
            cells.stream().filter(cell -> !counts.containsKey(cell)).findFirst().ifPresent(cell -> {
                throw new IllegalArgumentException("Relation names cell " + cell + " that has no count.");
            });
        });
        Set<String> suppressed = new TreeSet<>(decided.suppressed());
        counts.forEach((cell, count) -> {
            if (count < threshold && !decided.shown().containsKey(cell)) {
                suppressed.add(cell);
            }
        });
        Set<String> locked = new HashSet<>(decided.suppressed());
        locked.addAll(decided.shown().keySet());
        suppressSecondary(counts, relations, suppressed, locked, threshold);
        Map<String, Integer> shown = new LinkedHashMap<>();
        counts.forEach((cell, count) -> {
            if (!suppressed.contains(cell)) {
                shown.put(cell, round(count));
            }
        });
        return new ProtectedCounts(shown, suppressed);
    }

    /** Rounds to the nearest multiple of the rounding base, halves up. */
    public static int round(long count) {
        int base = DisclosureSettings.ROUNDING_BASE;
        return (int) (((count + base / 2) / base) * base);
    }

    private static void suppressSecondary(Map<String, Long> counts, List<Additivity> relations, Set<String> suppressed,
                                          Set<String> locked, int threshold) {
        Map<String, List<Additivity>> relationsOf = new HashMap<>();
        relations.forEach(relation -> cellsOf(relation).forEach(cell ->
                relationsOf.computeIfAbsent(cell, c -> new ArrayList<>()).add(relation)));
        List<List<Additivity>> components = components(relations);
        Comparator<String> cheapest = Comparator.<String>comparingLong(counts::get).thenComparing(Comparator.naturalOrder());
        for (List<Additivity> component : components) {
            while (true) {
                // A hidden cell at or above the threshold may be worked out: it was only hidden to protect another.
                Set<String> recoverable = new TreeSet<>(recoverable(component, suppressed));
                recoverable.removeIf(cell -> counts.get(cell) >= threshold);
                if (recoverable.isEmpty()) {
                    break;
                }
                String exposed = ((TreeSet<String>) recoverable).first();
                String next = relationsOf.get(exposed).stream().flatMap(relation -> cellsOf(relation).stream())
                        .filter(cell -> !suppressed.contains(cell) && !locked.contains(cell)).min(cheapest)
                        .orElseGet(() -> component.stream().flatMap(relation -> cellsOf(relation).stream())
                                .filter(cell -> !suppressed.contains(cell) && !locked.contains(cell)).min(cheapest)
                                .orElse(null));
                if (next == null) {
                    break;
                }
                suppressed.add(next);
            }
        }
    }

    /**
     * The suppressed cells of these relations that a reader can work out. Unknowns are the suppressed cells;
     * each relation is a row {@code Σ parts − total = 0} with the shown cells moved to the right-hand side, which
     * does not matter for whether an unknown is determined.
     */
    static Set<String> recoverable(List<Additivity> relations, Set<String> suppressed) {
        List<String> unknowns = relations.stream().flatMap(relation -> cellsOf(relation).stream())
                .filter(suppressed::contains).distinct().sorted().toList();
        if (unknowns.isEmpty()) {
            return Set.of();
        }
        Map<String, Integer> column = new HashMap<>();
        unknowns.forEach(cell -> column.put(cell, column.size()));
        List<double[]> rows = new ArrayList<>();
        for (Additivity relation : relations) {
            double[] row = new double[unknowns.size()];
            boolean any = false;
            for (String part : relation.parts()) {
                if (column.containsKey(part)) {
                    row[column.get(part)] += 1;
                    any = true;
                }
            }
            if (column.containsKey(relation.total())) {
                row[column.get(relation.total())] -= 1;
                any = true;
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] matrix = rows.toArray(new double[0][]);
        int[] pivotOfRow = reduce(matrix, unknowns.size());
        Set<Integer> pivotColumns = new HashSet<>();
        for (int pivot : pivotOfRow) {
            if (pivot >= 0) {
                pivotColumns.add(pivot);
            }
        }
        Set<String> determined = new TreeSet<>();
        for (int r = 0; r < matrix.length; r++) {
            int pivot = pivotOfRow[r];
            if (pivot < 0) {
                continue;
            }
            boolean dependsOnFree = false;
            for (int c = 0; c < unknowns.size() && !dependsOnFree; c++) {
                dependsOnFree = !pivotColumns.contains(c) && Math.abs(matrix[r][c]) > EPSILON;
            }
            if (!dependsOnFree) {
                determined.add(unknowns.get(pivot));
            }
        }
        return determined;
    }

    /** Gauss-Jordan elimination in place; returns each row's pivot column, or -1 for a zero row. */
    private static int[] reduce(double[][] m, int columns) {
        int[] pivotOfRow = new int[m.length];
        java.util.Arrays.fill(pivotOfRow, -1);
        int row = 0;
        for (int c = 0; c < columns && row < m.length; c++) {
            int best = row;
            for (int r = row + 1; r < m.length; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[best][c])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][c]) < EPSILON) {
                continue;
            }
            double[] swap = m[row];
            m[row] = m[best];
            m[best] = swap;
            double pivot = m[row][c];
            for (int k = 0; k < columns; k++) {
                m[row][k] /= pivot;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != row && Math.abs(m[r][c]) > EPSILON) {
                    double factor = m[r][c];
                    for (int k = 0; k < columns; k++) {
                        m[r][k] -= factor * m[row][k];
                    }
                }
            }
            pivotOfRow[row] = c;
            row++;
        }
        return pivotOfRow;
    }

    /** Relations that share no cell are independent; solving them apart keeps each system small. */
    private static List<List<Additivity>> components(List<Additivity> relations) {
        Map<String, String> parent = new HashMap<>();
        for (Additivity relation : relations) {
            List<String> cells = cellsOf(relation);
            cells.forEach(cell -> parent.putIfAbsent(cell, cell));
            cells.forEach(cell -> union(parent, cells.get(0), cell));
        }
        Map<String, List<Additivity>> byRoot = new LinkedHashMap<>();
        relations.forEach(relation -> byRoot.computeIfAbsent(find(parent, relation.total()), root -> new ArrayList<>())
                .add(relation));
        return List.copyOf(byRoot.values());
    }

    private static String find(Map<String, String> parent, String cell) {
        String root = cell;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(cell, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String rootA = find(parent, a);
        String rootB = find(parent, b);
        if (!rootA.equals(rootB)) {
            parent.put(rootB, rootA);
        }
    }

    private static List<String> cellsOf(Additivity relation) {
        List<String> cells = new ArrayList<>(relation.parts());
        cells.add(relation.total());
        return cells;
    }
}
