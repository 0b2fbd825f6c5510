package nl.samenspel.signalling.monitoring;

import nl.samenspel.signalling.disclosure.DisclosureControl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The measures a report shows over a group of values, and how each is shown: durations as median and 90th
 * percentile, in hours or (from a median of two days) in days; logged time as total and average hours per case;
 * Putten's statements as average score. A duration under a tenth of its unit is shown as the band 0–0.1, never
 * as 0.0; an average score within half a point of the scale's end as the band 4.5–5 or 1–1.5, because such an
 * average says (nearly) what every resident answered. Totals are rounded like counts.
 */
final class Statistics {

    static final double SCALE_LOW = 1;
    static final double SCALE_HIGH = 5;
    static final double SCALE_END_BAND = 0.5;
    private static final double SMALLEST_DURATION = 0.1;
    private static final double HOURS_PER_DAY = 24;

    private Statistics() {
    }

    static List<String> measuresOf(String indicator) {
        if (indicator.startsWith("experience-")) {
            return List.of("average");
        }
        return indicator.equals("support-hours") ? List.of("total", "average") : List.of("median", "p90");
    }

    /**
     * The statistics of one indicator.
     *
     * @param values        the values, durations and logged time in hours
     * @param contributions the rounded count of the group, or {@code null} when it is suppressed: then so is every
     *                      statistic over it
     */
    static List<ReportStatistic> present(String indicator, List<Double> values, Integer contributions) {
        List<ReportStatistic> statistics = new ArrayList<>();
        boolean duration = indicator.equals("acceptance-hours") || indicator.equals("throughput-days");
        boolean score = indicator.startsWith("experience-");
        String unit = score ? "score" : duration && (values.isEmpty() ? indicator.equals("throughput-days")
                : measure("median", values) >= 2 * HOURS_PER_DAY) ? "days" : "hours";
        for (String measure : measuresOf(indicator)) {
            if (contributions == null || values.isEmpty()) {
                statistics.add(ReportStatistic.suppressed(indicator, measure, unit));
                continue;
            }
            double value = measure(measure, values) / (unit.equals("days") ? HOURS_PER_DAY : 1);
            if (measure.equals("total")) {
                statistics.add(ReportStatistic.rounded(indicator, measure, DisclosureControl.round(Math.round(value)),
                        unit, contributions));
            } else if (score && value >= SCALE_HIGH - SCALE_END_BAND) {
                statistics.add(ReportStatistic.band(indicator, measure, SCALE_HIGH - SCALE_END_BAND, SCALE_HIGH, unit,
                        contributions));
            } else if (score && value <= SCALE_LOW + SCALE_END_BAND) {
                statistics.add(ReportStatistic.band(indicator, measure, SCALE_LOW, SCALE_LOW + SCALE_END_BAND, unit,
                        contributions));
            } else if (!score && value < SMALLEST_DURATION) {
                statistics.add(ReportStatistic.band(indicator, measure, 0, SMALLEST_DURATION, unit, contributions));
            } else {
                statistics.add(ReportStatistic.rounded(indicator, measure, Math.round(value * 10) / 10.0, unit,
                        contributions));
            }
        }
        return statistics;
    }

    /** The measure, unrounded. */
    static double measure(String measure, List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return switch (measure) {
            case "median" -> percentile(sorted, 0.5);
            case "p90" -> percentile(sorted, 0.9);
            case "average" -> Arrays.stream(sorted).average().orElseThrow();
            case "total" -> Arrays.stream(sorted).sum();
            default -> throw new IllegalArgumentException("Unknown measure " + measure);
        };
    }

    /** Linear interpolation between closest ranks, as spreadsheets do. */
    static double percentile(double[] sorted, double fraction) {
        double rank = fraction * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
