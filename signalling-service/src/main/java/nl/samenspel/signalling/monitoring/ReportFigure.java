package nl.samenspel.signalling.monitoring;

/**
 * One count of a report after disclosure control.
 *
 * @param value rounded count; {@code null} when suppressed
 */
public record ReportFigure(String indicator, String dimension, String category, Integer value, boolean suppressed) {
}
