package nl.samenspel.signalling.monitoring;

import java.util.List;

/** The measures a report shows over a group of values: median, 90th percentile, average, total. */
final class Statistics {

    private Statistics() {
    }

    static List<String> measuresOf(String indicator) {
        if (indicator.startsWith("experience-")) {
            return List.of("average");
        }
        return indicator.equals("support-hours") ? List.of("total", "average") : List.of("median", "p90");
    }

    /** The measure rounded to one decimal, or {@code null} for no values. */
    static Double measure(String measure, List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double value = switch (measure) {
            case "median" -> percentile(sorted, 0.5);
            case "p90" -> percentile(sorted, 0.9);
            case "average" -> java.util.Arrays.stream(sorted).average().orElseThrow();
            case "total" -> java.util.Arrays.stream(sorted).sum();
            default -> throw new IllegalArgumentException("Unknown measure " + measure);
        };
        return Math.round(value * 10) / 10.0;
    }

    /** Linear interpolation between closest ranks, as spreadsheets do. */
    static double percentile(double[] sorted, double fraction) {
        double rank = fraction * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
