package nl.samenspel.signalling.monitoring;

/**
 * One count of a report after disclosure control.
 *
 * @param value        rounded count; {@code null} when suppressed
 * @param presentation how {@code value} may be read: {@link #ROUNDED}, {@link #SUPPRESSED}, or {@link #EXACT} for
 *                     the figures about the network (supporters, coverage gaps)
 */
public record ReportFigure(String indicator, String dimension, String category, Integer value, boolean suppressed,
                           String presentation) {

    public static final String ROUNDED = "rounded";
    public static final String SUPPRESSED = "suppressed";
    public static final String EXACT = "exact";
    public static final String BAND = "band";

    static ReportFigure protectedCount(String indicator, String dimension, String category, Integer rounded) {
        return new ReportFigure(indicator, dimension, category, rounded, rounded == null, rounded == null ? SUPPRESSED : ROUNDED);
    }

    static ReportFigure network(String indicator, String dimension, String category, long count) {
        return new ReportFigure(indicator, dimension, category, (int) count, false, EXACT);
    }
}
