package nl.samenspel.console.municipality;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A monitoring report as the dashboard shows it, read from the signalling-service's JSON without assuming more than
 * its figures ({@code indicator, dimension, category, value, suppressed}) and statistics ({@code indicator, measure,
 * value, suppressed}): fields the API adds later are ignored. A figure without a value is suppressed, never zero.
 */
public final class ReportFigures {

    /** One number of the report; {@code value} is null exactly when it is suppressed. */
    public record Cell(String category, Number value, boolean suppressed) {

        public boolean shown() {
            return !suppressed && value != null;
        }
    }

    private final JsonNode report;

    public ReportFigures(JsonNode report) {
        this.report = report;
    }

    public String municipalityCode() {
        return report.path("municipalityCode").asText();
    }

    public String municipalityName() {
        return report.path("municipalityName").asText(municipalityCode());
    }

    public String period() {
        return report.path("period").asText();
    }

    public String periodStart() {
        return report.path("periodStart").asText();
    }

    public String periodEnd() {
        return report.path("periodEnd").asText();
    }

    /** Counts below this are suppressed. */
    public int threshold() {
        return report.path("threshold").asInt(8);
    }

    /** Counts shown are rounded to a multiple of this. */
    public int roundingBase() {
        return report.path("roundingBase").asInt(5);
    }

    /** The total of an indicator ({@code cases-opened}), if the report has it. */
    public Optional<Cell> total(String indicator) {
        return breakdown(indicator, "total").stream().findFirst();
    }

    /** The categories of an indicator's breakdown in the order the report gives them. */
    public List<Cell> breakdown(String indicator, String dimension) {
        List<Cell> cells = new ArrayList<>();
        for (JsonNode figure : report.path("figures")) {
            if (figure.path("indicator").asText().equals(indicator) && figure.path("dimension").asText().equals(dimension)) {
                cells.add(cell(figure.path("category").asText(), figure));
            }
        }
        return cells;
    }

    /** A statistic ({@code throughput-days}, {@code median}), if the report has it. */
    public Optional<Cell> statistic(String indicator, String measure) {
        for (JsonNode statistic : report.path("statistics")) {
            if (statistic.path("indicator").asText().equals(indicator) && statistic.path("measure").asText().equals(measure)) {
                return Optional.of(cell(measure, statistic));
            }
        }
        return Optional.empty();
    }

    private static Cell cell(String category, JsonNode figure) {
        JsonNode value = figure.path("value");
        boolean suppressed = figure.path("suppressed").asBoolean(false) || value.isNull() || value.isMissingNode();
        return new Cell(category, suppressed ? null : value.numberValue(), suppressed);
    }
}
