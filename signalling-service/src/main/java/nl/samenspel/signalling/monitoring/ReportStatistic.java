package nl.samenspel.signalling.monitoring;

/**
 * A statistic over a group (the cases accepted, closed or with hours; the answers to a statement), shown only when
 * the count of its contributions is shown: at least the threshold, and never suppressed to protect another cell.
 *
 * @param value         rounded to one decimal (a total to a multiple of the rounding base); {@code null} when
 *                      suppressed or shown as a band
 * @param presentation  {@link ReportFigure#ROUNDED}, {@link ReportFigure#SUPPRESSED} or {@link ReportFigure#BAND}
 * @param unit          {@code hours} or {@code days} for durations and logged time, {@code score} for a 1-5 scale
 * @param lower         with a band: the lowest value the statistic may have
 * @param upper         with a band: the highest value the statistic may have
 * @param contributions the rounded count of values it is computed from; {@code null} when suppressed
 */
public record ReportStatistic(String indicator, String measure, Double value, boolean suppressed, String presentation,
                              String unit, Double lower, Double upper, Integer contributions) {

    static ReportStatistic suppressed(String indicator, String measure, String unit) {
        return new ReportStatistic(indicator, measure, null, true, ReportFigure.SUPPRESSED, unit, null, null, null);
    }

    static ReportStatistic rounded(String indicator, String measure, double value, String unit, int contributions) {
        return new ReportStatistic(indicator, measure, value, false, ReportFigure.ROUNDED, unit, null, null, contributions);
    }

    static ReportStatistic band(String indicator, String measure, double lower, double upper, String unit,
                                int contributions) {
        return new ReportStatistic(indicator, measure, null, false, ReportFigure.BAND, unit, lower, upper, contributions);
    }
}
