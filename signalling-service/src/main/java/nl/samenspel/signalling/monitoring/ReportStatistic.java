package nl.samenspel.signalling.monitoring;

/**
 * A statistic over a group of cases, shown only when the group's count is shown.
 *
 * @param value rounded to one decimal; {@code null} when suppressed
 */
public record ReportStatistic(String indicator, String measure, Double value, boolean suppressed) {
}
