package nl.samenspel.signalling.monitoring;

import java.util.Locale;

/** A report as CSV, one line per figure and statistic; suppressed values are empty. */
final class ReportCsv {

    private ReportCsv() {
    }

    static String of(MonitoringReport report) {
        StringBuilder csv = new StringBuilder("municipality,period,kind,indicator,dimension,category,value,suppressed\n");
        for (ReportFigure figure : report.figures()) {
            line(csv, report, "count", figure.indicator(), figure.dimension(), figure.category(),
                    figure.value() == null ? "" : figure.value().toString(), figure.suppressed());
        }
        for (ReportStatistic statistic : report.statistics()) {
            line(csv, report, "statistic", statistic.indicator(), statistic.measure(), "ALL",
                    statistic.value() == null ? "" : String.format(Locale.ROOT, "%.1f", statistic.value()),
                    statistic.suppressed());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, MonitoringReport report, String kind, String indicator,
                             String dimension, String category, String value, boolean suppressed) {
        csv.append(String.join(",", report.municipalityCode(), report.period(), kind, indicator, dimension, category,
                value, Boolean.toString(suppressed))).append('\n');
    }
}
