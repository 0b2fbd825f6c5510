package nl.samenspel.signalling.monitoring;

import nl.samenspel.signalling.disclosure.Additivity;
import nl.samenspel.signalling.disclosure.ExactRecovery;
import nl.samenspel.signalling.disclosure.ProtectedCounts;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property tests over a random year of a small municipality: every report (months, quarters, the year) keeps the
 * patterns of the reports published before it, and all of them together reveal no small count.
 */
class PeriodProtectionTest {

    private static final int THRESHOLD = 8;
    private static final List<Breakdown> BREAKDOWNS = List.of(
            new Breakdown("cases-opened", "phase", List.of("ORIENTATION", "ACCESS", "DURING_SUPPORT"), true),
            new Breakdown("cases-opened", "life-domain", List.of("HOUSING", "CARE_AND_SUPPORT"), false),
            new Breakdown("cases-closed", "outcome", List.of("RESOLVED", "WITHDRAWN"), true),
            new Breakdown("escalations", Breakdown.TOTAL, List.of(), true));

    private static Function<Period, Map<String, Long>> randomYear(long seed) {
        Random random = new Random(seed);
        Map<Period, Map<String, Long>> months = new HashMap<>();
        for (int month = 1; month <= 12; month++) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Breakdown breakdown : BREAKDOWNS) {
                long total = 0;
                for (String category : breakdown.categories()) {
                    long count = random.nextInt(10) < 6 ? random.nextInt(9) : random.nextInt(40);
                    counts.put(breakdown.key(category), count);
                    total += count;
                }
                if (breakdown.additive()) {
                    counts.put(Breakdown.totalKey(breakdown.indicator()),
                            breakdown.categories().isEmpty() ? random.nextInt(15) : total);
                }
            }
            months.put(new Period(PeriodType.MONTH, 2026, month), counts);
        }
        return new Function<>() {
            @Override
            public Map<String, Long> apply(Period period) {
                if (period.type() == PeriodType.MONTH) {
                    return months.get(period);
                }
                Map<String, Long> sum = new LinkedHashMap<>();
                period.children().forEach(child -> apply(child).forEach((key, count) -> sum.merge(key, count, Long::sum)));
                return sum;
            }
        };
    }

    @Test
    void laterReportsKeepEarlierPatternsAndTogetherRevealNoSmallCount() {
        for (long seed = 1; seed <= 12; seed++) {
            Function<Period, Map<String, Long>> counts = randomYear(seed);
            PeriodProtection protection = new PeriodProtection(BREAKDOWNS, THRESHOLD);
            Period year = Period.parse("2026");

            ProtectedCounts yearReport = protection.protect(year, counts);

            for (Period quarter : year.children()) {
                ProtectedCounts quarterReport = protection.protect(quarter, counts);
                assertThat(yearReport.shown()).as("seed " + seed + ": year keeps " + quarter).containsAllEntriesOf(quarterReport.shown());
                assertThat(yearReport.suppressed()).containsAll(quarterReport.suppressed());
                for (Period month : quarter.children()) {
                    ProtectedCounts monthReport = protection.protect(month, counts);
                    assertThat(quarterReport.shown()).as("seed " + seed + ": quarter keeps " + month).containsAllEntriesOf(monthReport.shown());
                    assertThat(quarterReport.suppressed()).containsAll(monthReport.suppressed());
                }
            }
            Map<String, Long> all = new HashMap<>();
            collect(year, counts, all);
            List<Additivity> relations = protection.relations(year, counts);
            assertThat(ExactRecovery.recoverable(relations, yearReport.suppressed()))
                    .as("seed " + seed + ": small counts a reader of all twelve months, four quarters and the year can work out")
                    .noneMatch(cell -> all.get(cell) < THRESHOLD);
            yearReport.shown().keySet().forEach(cell -> assertThat(all.get(cell)).isGreaterThanOrEqualTo(THRESHOLD));
        }
    }

    private static void collect(Period period, Function<Period, Map<String, Long>> counts, Map<String, Long> into) {
        counts.apply(period).forEach((key, count) -> into.put(PeriodProtection.cell(period, key), count));
        period.children().forEach(child -> collect(child, counts, into));
    }
}
