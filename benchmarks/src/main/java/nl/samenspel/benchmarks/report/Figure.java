package nl.samenspel.benchmarks.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One measured figure with its value from every run; reported as the median and the spread (min–max). */
public final class Figure {

    private final String section;
    private final String name;
    private final String unit;
    private final Target target;
    private final List<Double> values = new ArrayList<>();

    Figure(String section, String name, String unit, Target target) {
        this.section = section;
        this.name = name;
        this.unit = unit;
        this.target = target;
    }

    void add(double value) {
        values.add(value);
    }

    public String section() {
        return section;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public Target target() {
        return target;
    }

    public List<Double> values() {
        return List.copyOf(values);
    }

    public double median() {
        double[] sorted = sorted();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public double min() {
        double[] sorted = sorted();
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    public double max() {
        double[] sorted = sorted();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** "met", "MISSED" or empty when the figure has no target. */
    public String verdict() {
        if (target == null) {
            return "";
        }
        return target.metBy(median()) ? "met" : "MISSED";
    }

    private double[] sorted() {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
