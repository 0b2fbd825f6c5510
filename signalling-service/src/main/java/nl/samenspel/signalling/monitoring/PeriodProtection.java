package nl.samenspel.signalling.monitoring;

import nl.samenspel.signalling.disclosure.Additivity;
import nl.samenspel.signalling.disclosure.DisclosureControl;
import nl.samenspel.signalling.disclosure.ProtectedCounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Disclosure control across periods. A month is protected on its own. A quarter is protected together with its
 * months, whose published decisions stand (their reports went out first); a year with its quarters and months
 * likewise. A quarter's counts are exactly its months' (the same facts), so these relations are true ones.
 * The relations a reader can use are each period's additive breakdowns and each period summing its sub-periods.
 * Cells are named {@code <period>#<indicator>|<dimension>|<category>}.
 */
final class PeriodProtection {

    private final List<Breakdown> breakdowns;
    private final int threshold;

    PeriodProtection(List<Breakdown> breakdowns, int threshold) {
        this.breakdowns = List.copyOf(breakdowns);
        this.threshold = threshold;
    }

    /**
     * The protected cells of the period and all its sub-periods.
     *
     * @param counts the true counts of a period, keyed {@code indicator|dimension|category}; the same keys in every
     *               period
     */
    ProtectedCounts protect(Period period, Function<Period, Map<String, Long>> counts) {
        return protect(period, counts, child -> Optional.empty());
    }

    /**
     * As {@link #protect(Period, Function)}, keeping the decisions of sub-periods that were published: what their
     * readers saw. A sub-period without a published report is protected here as it would be on its own.
     *
     * @param published the decisions of a published report of a period, with its own sub-periods' included
     */
    ProtectedCounts protect(Period period, Function<Period, Map<String, Long>> counts,
                            Function<Period, Optional<ProtectedCounts>> published) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        Set<String> suppressed = new TreeSet<>();
        for (Period child : period.children()) {
            ProtectedCounts decided = published.apply(child).orElseGet(() -> protect(child, counts, published));
            shown.putAll(decided.shown());
            suppressed.addAll(decided.suppressed());
        }
        Map<String, Long> cells = new LinkedHashMap<>();
        List<Additivity> relations = relations(period, counts);
        for (Period member : family(period)) {
            counts.apply(member).forEach((key, count) -> cells.put(cell(member, key), count));
        }
        return DisclosureControl.protect(cells, relations, threshold, new ProtectedCounts(shown, suppressed));
    }

    /** Every relation a reader of this period's report and its sub-periods' reports can use. */
    List<Additivity> relations(Period period, Function<Period, Map<String, Long>> counts) {
        List<Additivity> relations = new ArrayList<>();
        for (Period member : family(period)) {
            for (Breakdown breakdown : breakdowns) {
                if (breakdown.additive() && !breakdown.categories().isEmpty()) {
                    relations.add(new Additivity(cell(member, Breakdown.totalKey(breakdown.indicator())),
                            breakdown.categories().stream().map(category -> cell(member, breakdown.key(category))).toList()));
                }
            }
            if (!member.children().isEmpty()) {
                for (String key : counts.apply(member).keySet()) {
                    relations.add(new Additivity(cell(member, key),
                            member.children().stream().map(child -> cell(child, key)).toList()));
                }
            }
        }
        return relations;
    }

    /** The decisions a published report shows, as cells of its period; the network's exact figures are no cells. */
    static ProtectedCounts decisionsOf(MonitoringReport report) {
        Period period = Period.parse(report.period());
        Map<String, Integer> shown = new LinkedHashMap<>();
        Set<String> suppressed = new TreeSet<>();
        for (ReportFigure figure : report.figures()) {
            if (ReportFigure.EXACT.equals(figure.presentation()) || figure.indicator().equals("supporters")
                    || figure.indicator().equals("coverage-gaps")) {
                continue;
            }
            String cell = cell(period, Breakdown.key(figure.indicator(), figure.dimension(), figure.category()));
            if (figure.value() == null) {
                suppressed.add(cell);
            } else {
                shown.put(cell, figure.value());
            }
        }
        return new ProtectedCounts(shown, suppressed);
    }

    static String cell(Period period, String key) {
        return period + "#" + key;
    }

    private static List<Period> family(Period period) {
        List<Period> family = new ArrayList<>(List.of(period));
        period.children().forEach(child -> family.addAll(family(child)));
        return family;
    }
}
