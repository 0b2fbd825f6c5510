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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compiles a municipality's report for a closed period, when it is published. A period's facts are those of its
 * month reports (see {@link MonitoringFacts#assignToReport}), so figures never change once published and late facts
 * go into the next month's report. Months are protected on their own; a quarter together with its months, whose
 * published decisions stand, and a year together with its quarters and months. So no small count can be worked
 * out from one report, nor by subtracting the months from their quarter or the quarters from their year.
 * Statistics follow the count of their contributions: shown only when that count is shown, so a hidden sum or
 * average is protected by the same pattern as its count.
 */
@Component
public class ReportCompiler {

    /** The count each statistic is computed over: its contributions, suppressed together. */
    static final Map<String, String> CONTRIBUTIONS = contributions();

    private final MonitoringCounts monitoringCounts;
    private final PublishedReports publishedReports;
    private final Catalogue catalogue;
    private final DisclosureSettings settings;
    private final Clock clock;

    ReportCompiler(MonitoringCounts monitoringCounts, PublishedReports publishedReports, Catalogue catalogue,
                   DisclosureSettings settings, Clock clock) {
        this.monitoringCounts = monitoringCounts;
        this.publishedReports = publishedReports;
        this.catalogue = catalogue;
        this.settings = settings;
        this.clock = clock;
    }

    /** The report with the configured threshold, against the reports of its sub-periods that were published. */
    public MonitoringReport compile(String municipality, Period period) {
        int threshold = settings.threshold();
        Map<Period, Map<String, Long>> counted = new HashMap<>();
        Function<Period, Map<String, Long>> counts = p -> counted.computeIfAbsent(p, q -> monitoringCounts.count(municipality, q));
        PeriodProtection protection = new PeriodProtection(monitoringCounts.breakdowns(), threshold);
        ProtectedCounts protectedCounts = protection.protect(period, counts,
                new Function<>() {
                    @Override
                    public Optional<ProtectedCounts> apply(Period published) {
                        return publishedReports.find(municipality, published).map(report -> {
                            Map<String, Integer> shown = new LinkedHashMap<>(PeriodProtection.decisionsOf(report).shown());
                            Set<String> suppressed = new TreeSet<>(PeriodProtection.decisionsOf(report).suppressed());
                            for (Period child : published.children()) {
                                ProtectedCounts decided = apply(child).orElseGet(() -> protection.protect(child, counts, this));
                                shown.putAll(decided.shown());
                                suppressed.addAll(decided.suppressed());
                            }
                            return new ProtectedCounts(shown, suppressed);
                        });
                    }
                });

        List<ReportFigure> figures = new ArrayList<>();
        counts.apply(period).keySet().forEach(key -> {
            String[] parts = key.split("\\|");
            figures.add(ReportFigure.protectedCount(parts[0], parts[1], parts[2],
                    protectedCounts.valueOf(cell(period, key)).orElse(null)));
        });
        monitoringCounts.supportersByKind(municipality).forEach((kind, count) ->
                figures.add(ReportFigure.network("supporters", "support-kind", kind, count)));
        Map<String, Long> gaps = monitoringCounts.coverageGapsByKind(municipality);
        figures.add(ReportFigure.network("coverage-gaps", Breakdown.TOTAL, Breakdown.ALL,
                gaps.values().stream().mapToLong(Long::longValue).sum()));
        gaps.forEach((kind, count) -> figures.add(ReportFigure.network("coverage-gaps", "support-kind", kind, count)));

        Map<String, List<Double>> samples = monitoringCounts.samples(municipality, period);
        List<ReportStatistic> statistics = new ArrayList<>();
        CONTRIBUTIONS.forEach((indicator, group) -> {
            List<Double> values = samples.get(indicator);
            Integer contributions = protectedCounts.valueOf(cell(period, group)).orElse(null);
            // The count is shown only at or above the threshold; the check on the values says so once more.
            statistics.addAll(Statistics.present(indicator, values, values.size() >= threshold ? contributions : null));
        });
        return new MonitoringReport(municipality, catalogue.municipality(municipality).label(), period.type(),
                period.toString(), period.start(), period.end(), threshold, DisclosureSettings.ROUNDING_BASE,
                List.copyOf(figures), List.copyOf(statistics), clock.instant());
    }

    private static Map<String, String> contributions() {
        Map<String, String> groupOf = new LinkedHashMap<>();
        groupOf.put("acceptance-hours", Breakdown.totalKey("cases-accepted"));
        groupOf.put("throughput-days", Breakdown.totalKey("cases-closed"));
        groupOf.put("support-hours", Breakdown.totalKey("cases-with-hours"));
        MonitoringCounts.EXPERIENCE_STATEMENTS.forEach(statement -> groupOf.put("experience-" + statement.replace('_', '-'),
                Breakdown.key("experience-answers", "statement", statement)));
        return java.util.Collections.unmodifiableMap(groupOf);
    }

    private static String cell(Period period, String key) {
        return PeriodProtection.cell(period, key);
    }
}
