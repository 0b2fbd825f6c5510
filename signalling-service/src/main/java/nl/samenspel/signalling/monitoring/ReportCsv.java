package nl.samenspel.signalling.monitoring;

import java.util.Locale;

/**
 * A report as CSV, one line per figure and statistic; suppressed values are empty, a band is written
 * {@code lower-upper}, and {@code presentation} and {@code unit} say how to read the value.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static String of(MonitoringReport report) {
        StringBuilder csv = new StringBuilder(
                "municipality,period,kind,indicator,dimension,category,value,suppressed,presentation,unit\n");
        for (ReportFigure figure : report.figures()) {
            line(csv, report, "count", figure.indicator(), figure.dimension(), figure.category(),
                    figure.value() == null ? "" : figure.value().toString(), figure.suppressed(), figure.presentation(), "");
        }
        for (ReportStatistic statistic : report.statistics()) {
            String shown = shown(statistic);
            line(csv, report, "statistic", statistic.indicator(), statistic.measure(), "ALL",
                    statistic.suppressed() ? "" : shown, statistic.suppressed(), statistic.presentation(), statistic.unit());
        }
        return csv.toString();
    }

    /** The statistic as a reader sees it: {@code 25.5}, {@code 4.5-5} for a band, {@code –} when suppressed. */
    static String shown(ReportStatistic statistic) {
        if (statistic.lower() != null && statistic.upper() != null) {
            return number(statistic.lower()) + "-" + number(statistic.upper());
        }
        return statistic.value() == null ? "–" : String.format(Locale.ROOT, "%.1f", statistic.value());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static void line(StringBuilder csv, MonitoringReport report, String kind, String indicator,
                             String dimension, String category, String value, boolean suppressed, String presentation,
                             String unit) {
        csv.append(String.join(",", report.municipalityCode(), report.period(), kind, indicator, dimension, category,
                value, Boolean.toString(suppressed), presentation == null ? "" : presentation, unit == null ? "" : unit))
                .append('\n');
    }
}
