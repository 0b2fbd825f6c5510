package nl.samenspel.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every figure of a benchmark, in the order first measured; printed as a table and written as JSON. */
public final class Results {

    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** Adds one run's value of a figure; the first call fixes its section, unit and target. */
    public synchronized void record(String section, String name, String unit, Target target, double value) {
        figures.computeIfAbsent(name, n -> new Figure(section, n, unit, target)).add(value);
    }

    public void record(String section, String name, String unit, double value) {
        record(section, name, unit, null, value);
    }

    public synchronized void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    public synchronized Collection<Figure> figures() {
        return List.copyOf(figures.values());
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    /** A plain-text (and Markdown) table: figure, median, spread over the runs, target and whether it was met. */
    public synchronized String table() {
        StringBuilder out = new StringBuilder();
        out.append("| figure | unit | median | min – max | runs | target | |\n");
        out.append("|---|---|---:|---:|---:|---|---|\n");
        String section = null;
        for (Figure figure : bySection()) {
            if (!figure.section().equals(section)) {
                section = figure.section();
                out.append("| **").append(section).append("** | | | | | | |\n");
            }
            out.append("| ").append(figure.name())
                    .append(" | ").append(figure.unit())
                    .append(" | ").append(format(figure.median()))
                    .append(" | ").append(format(figure.min())).append(" – ").append(format(figure.max()))
                    .append(" | ").append(figure.values().size())
                    .append(" | ").append(figure.target() == null ? "" : figure.target().text())
                    .append(" | ").append(figure.verdict())
                    .append(" |\n");
        }
        return out.toString();
    }

    /** Writes the figures, the machine and the notes as JSON. */
    public synchronized void writeJson(Path file, Map<String, Object> about) {
        Map<String, Object> document = new LinkedHashMap<>(about);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure figure : bySection()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("section", figure.section());
            row.put("name", figure.name());
            row.put("unit", figure.unit());
            row.put("median", json(figure.median()));
            row.put("min", json(figure.min()));
            row.put("max", json(figure.max()));
            row.put("values", figure.values().stream().map(Results::json).toList());
            if (figure.target() != null) {
                row.put("target", figure.target().text());
                row.put("met", figure.target().metBy(figure.median()));
            }
            rows.add(row);
        }
        document.put("figures", rows);
        document.put("notes", notes);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** Sections in their numbered order, figures within a section in the order first measured. */
    private List<Figure> bySection() {
        List<Figure> sorted = new ArrayList<>(figures.values());
        sorted.sort(Comparator.comparing(Figure::section));
        return sorted;
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 1000 ? "%,.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }

    private static Object json(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
    }
}
