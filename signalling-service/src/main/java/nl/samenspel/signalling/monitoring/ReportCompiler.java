package nl.samenspel.signalling.monitoring;

import nl.samenspel.signalling.catalogue.Catalogue;
import nl.samenspel.signalling.disclosure.DisclosureSettings;
import nl.samenspel.signalling.disclosure.ProtectedCounts;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compiles a municipality's report for a period. Months are protected on their own; a quarter is protected
 * together with its months, whose decisions stand (they were published first), and a year together with its
 * quarters and months. So no small count can be worked out from one report, nor by subtracting the months from
 * their quarter or the quarters from their year. The same facts always give the same pattern.
 */
@Component
public class ReportCompiler {

    private final MonitoringCounts monitoringCounts;
    private final Catalogue catalogue;
    private final DisclosureSettings settings;
    private final Clock clock;

    ReportCompiler(MonitoringCounts monitoringCounts, Catalogue catalogue, DisclosureSettings settings, Clock clock) {
        this.monitoringCounts = monitoringCounts;
        this.catalogue = catalogue;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The report with the configured threshold, or a stricter one.
     *
     * @throws IllegalArgumentException for a threshold below 5 or below the configured one
     */
    public MonitoringReport compile(String municipality, Period period, Integer requestedThreshold) {
        int threshold = requestedThreshold == null ? settings.threshold() : DisclosureSettings.requireSafe(requestedThreshold);
        if (threshold < settings.threshold()) {
            throw new IllegalArgumentException("The threshold can be raised above " + settings.threshold()
                    + ", never lowered (asked " + threshold + ").");
        }
        Map<Period, Map<String, Long>> counted = new HashMap<>();
        Function<Period, Map<String, Long>> counts = p -> counted.computeIfAbsent(p, q -> monitoringCounts.count(municipality, q));
        ProtectedCounts protectedCounts = new PeriodProtection(monitoringCounts.breakdowns(), threshold)
                .protect(period, counts);

        List<ReportFigure> figures = new ArrayList<>();
        counts.apply(period).keySet().forEach(key -> {
            String[] parts = key.split("\\|");
            Integer value = protectedCounts.valueOf(cell(period, key)).orElse(null);
            figures.add(new ReportFigure(parts[0], parts[1], parts[2], value, value == null));
        });
        monitoringCounts.supportersByKind(municipality).forEach((kind, count) ->
                figures.add(new ReportFigure("supporters", "support-kind", kind, count.intValue(), false)));
        Map<String, Long> gaps = monitoringCounts.coverageGapsByKind(municipality);
        figures.add(new ReportFigure("coverage-gaps", Breakdown.TOTAL, Breakdown.ALL,
                (int) gaps.values().stream().mapToLong(Long::longValue).sum(), false));
        gaps.forEach((kind, count) -> figures.add(new ReportFigure("coverage-gaps", "support-kind", kind, count.intValue(), false)));

        return new MonitoringReport(municipality, catalogue.municipality(municipality).label(), period.type(),
                period.toString(), period.start(), period.end(), threshold, DisclosureSettings.ROUNDING_BASE,
                List.copyOf(figures), statistics(period, monitoringCounts.samples(municipality, period), protectedCounts,
                threshold), clock.instant());
    }

    private List<ReportStatistic> statistics(Period period, Map<String, List<Double>> samples,
                                             ProtectedCounts protectedCounts, int threshold) {
        Map<String, String> groupOf = new LinkedHashMap<>();
        groupOf.put("acceptance-hours", "cases-accepted");
        groupOf.put("throughput-days", "cases-closed");
        groupOf.put("support-hours", "cases-with-hours");
        MonitoringCounts.EXPERIENCE_STATEMENTS.forEach(statement ->
                groupOf.put("experience-" + statement.replace('_', '-'), "experiences"));
        List<ReportStatistic> statistics = new ArrayList<>();
        groupOf.forEach((indicator, group) -> {
            List<Double> values = samples.get(indicator);
            // Only over a group whose count is shown, and (for a statement few residents answered) large enough itself.
            boolean safe = protectedCounts.isSafeGroup(cell(period, Breakdown.totalKey(group))) && values.size() >= threshold;
            for (String measure : Statistics.measuresOf(indicator)) {
                Double value = safe ? Statistics.measure(measure, values) : null;
                statistics.add(new ReportStatistic(indicator, measure, value, value == null));
            }
        });
        return List.copyOf(statistics);
    }

    private static String cell(Period period, String key) {
        return PeriodProtection.cell(period, key);
    }
}
