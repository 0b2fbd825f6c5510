package nl.samenspel.benchmarks.report;

/** What a figure should reach: at least or below a bound, as the issue states it. */
public record Target(String text, boolean higherIsBetter, double bound) {

    public static Target atLeast(double bound, String text) {
        return new Target(text, true, bound);
    }

    public static Target below(double bound, String text) {
        return new Target(text, false, bound);
    }

    public boolean metBy(double value) {
        return higherIsBetter ? value >= bound : value < bound;
    }
}
