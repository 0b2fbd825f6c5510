package nl.samenspel.signalling.disclosure;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property tests: many random tables (seeded, so a failure can be replayed by its seed), and for each the
 * invariants that must hold whatever the figures are.
 */
class DisclosureControlPropertiesTest {

    private static final int TABLES = 400;
    private static final int PERIOD_SETS = 150;

    private static CountTable randomTable(Random random, String name, int rows, int columns) {
        List<String> rowNames = IntStream.range(0, rows).mapToObj(r -> "r" + r).toList();
        List<String> columnNames = IntStream.range(0, columns).mapToObj(c -> "c" + c).toList();
        CountTable table = new CountTable(name, rowNames, columnNames);
        for (String row : rowNames) {
            for (String column : columnNames) {
                // Small municipalities: many counts near the threshold.
                table.add(row, column, random.nextInt(10) < 5 ? random.nextInt(10) : random.nextInt(60));
            }
        }
        return table;
    }

    @Test
    void noCountBelowTheThresholdIsEverShownOrCanBeWorkedOutFromTotals() {
        for (long seed = 1; seed <= TABLES; seed++) {
            Random random = new Random(seed);
            int threshold = 5 + random.nextInt(6);
            CountTable table = randomTable(random, "t", 1 + random.nextInt(6), 1 + random.nextInt(5));

            ProtectedCounts result = DisclosureControl.protect(table.cells(), table.relations(), threshold);

            assertInvariants("seed " + seed, table.cells(), table.relations(), threshold, result);
        }
    }

    @Test
    void noSmallCountCanBeWorkedOutFromTheDifferenceBetweenPeriods() {
        for (long seed = 1; seed <= PERIOD_SETS; seed++) {
            Random random = new Random(seed * 7919);
            int threshold = 5 + random.nextInt(6);
            int rows = 1 + random.nextInt(4);
            int columns = 1 + random.nextInt(3);
            int months = 2 + random.nextInt(2);
            Map<String, Long> counts = new LinkedHashMap<>();
            List<Additivity> relations = new ArrayList<>();
            CountTable quarter = new CountTable("quarter", rowNames(rows), columnNames(columns));
            List<CountTable> monthTables = new ArrayList<>();
            for (int m = 0; m < months; m++) {
                CountTable month = randomTable(random, "month" + m, rows, columns);
                monthTables.add(month);
                for (String row : month.rows()) {
                    for (String column : month.columns()) {
                        quarter.add(row, column, month.count(row, column));
                    }
                }
                counts.putAll(month.cells());
                relations.addAll(month.relations());
            }
            counts.putAll(quarter.cells());
            relations.addAll(quarter.relations());
            for (String cell : quarter.cells().keySet()) {
                String suffix = cell.substring("quarter".length());
                relations.add(new Additivity(cell, monthTables.stream().map(month -> "month"
                        + monthTables.indexOf(month) + suffix).toList()));
            }

            ProtectedCounts result = DisclosureControl.protect(counts, relations, threshold);

            assertInvariants("seed " + seed, counts, relations, threshold, result);
        }
    }

    @Test
    void quarterProtectedAfterItsPublishedMonthsKeepsTheirPatternsAndRevealsNothing() {
        for (long seed = 1; seed <= PERIOD_SETS; seed++) {
            Random random = new Random(seed * 104729);
            int threshold = 5 + random.nextInt(6);
            int rows = 1 + random.nextInt(4);
            int columns = 1 + random.nextInt(3);
            Map<String, Long> counts = new LinkedHashMap<>();
            List<Additivity> relations = new ArrayList<>();
            Map<String, Integer> shown = new LinkedHashMap<>();
            java.util.Set<String> suppressed = new java.util.TreeSet<>();
            CountTable quarter = new CountTable("quarter", rowNames(rows), columnNames(columns));
            for (int m = 0; m < 3; m++) {
                CountTable month = randomTable(random, "month" + m, rows, columns);
                for (String row : month.rows()) {
                    for (String column : month.columns()) {
                        quarter.add(row, column, month.count(row, column));
                    }
                }
                ProtectedCounts published = DisclosureControl.protect(month.cells(), month.relations(), threshold);
                shown.putAll(published.shown());
                suppressed.addAll(published.suppressed());
                counts.putAll(month.cells());
                relations.addAll(month.relations());
            }
            counts.putAll(quarter.cells());
            relations.addAll(quarter.relations());
            for (String cell : quarter.cells().keySet()) {
                String suffix = cell.substring("quarter".length());
                relations.add(new Additivity(cell, List.of("month0" + suffix, "month1" + suffix, "month2" + suffix)));
            }
            ProtectedCounts months = new ProtectedCounts(shown, suppressed);

            ProtectedCounts result = DisclosureControl.protect(counts, relations, threshold, months);

            assertInvariants("seed " + seed, counts, relations, threshold, result);
            assertThat(result.shown()).as("seed " + seed + ": published months unchanged").containsAllEntriesOf(shown);
            assertThat(result.suppressed()).containsAll(suppressed);
        }
    }

    @Test
    void sameFiguresGiveTheSamePattern() {
        for (long seed = 1; seed <= 50; seed++) {
            CountTable table = randomTable(new Random(seed), "t", 4, 3);
            assertThat(DisclosureControl.protect(table.cells(), table.relations(), 8))
                    .isEqualTo(DisclosureControl.protect(table.cells(), table.relations(), 8));
        }
    }

    private static void assertInvariants(String seed, Map<String, Long> counts, List<Additivity> relations,
                                         int threshold, ProtectedCounts result) {
        assertThat(result.shown().keySet()).as(seed + ": shown and suppressed never overlap")
                .noneMatch(result.suppressed()::contains);
        assertThat(result.shown().size() + result.suppressed().size()).as(seed + ": every cell is decided")
                .isEqualTo(counts.size());
        result.shown().forEach((cell, shown) -> {
            long count = counts.get(cell);
            assertThat(count).as(seed + ": " + cell + " shown only at or above the threshold").isGreaterThanOrEqualTo(threshold);
            assertThat(shown % DisclosureSettings.ROUNDING_BASE).as(seed + ": " + cell + " rounded").isZero();
            assertThat(Math.abs(shown - count)).as(seed + ": " + cell + " rounded to nearest").isLessThanOrEqualTo(2);
        });
        counts.forEach((cell, count) -> {
            if (count < threshold) {
                assertThat(result.suppressed()).as(seed + ": small count " + cell + " suppressed").contains(cell);
            }
        });
        assertThat(ExactRecovery.recoverable(relations, result.suppressed()))
                .as(seed + ": small counts a reader can work out from shown cells, totals and other periods")
                .noneMatch(cell -> counts.get(cell) < threshold);
    }

    private static List<String> rowNames(int rows) {
        return IntStream.range(0, rows).mapToObj(r -> "r" + r).toList();
    }

    private static List<String> columnNames(int columns) {
        return IntStream.range(0, columns).mapToObj(c -> "c" + c).toList();
    }
}
