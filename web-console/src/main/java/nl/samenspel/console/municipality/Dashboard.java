package nl.samenspel.console.municipality;

import nl.samenspel.console.municipality.ReportFigures.Cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the dashboard shows of one report: count cards that link to their breakdowns, and charts, each with its
 * numbers as a table. Every row keeps the report's suppression: a suppressed figure has no number to show or draw.
 */
public final class Dashboard {

    /** One row of a chart's table: the message key of its label (or its code when there is none) and its figure. */
    public record Row(String labelKey, String code, Number value, boolean suppressed) {
    }

    /**
     * A chart and its table.
     *
     * @param id       the section's anchor ({@code cases-opened-life-domain}); cards link here
     * @param titleKey the message key of its title
     * @param valueKey the message key of its value column ("count", "average")
     * @param scaleMax the top of the value axis when the scale is fixed (1 to 5 for the experience), else null
     */
    public record Chart(String id, String titleKey, String valueKey, List<Row> rows, Integer scaleMax) {

        public boolean anySuppressed() {
            return rows.stream().anyMatch(Row::suppressed);
        }
    }

    /** A count card: an indicator's total, linking to the chart that breaks it down. */
    public record Card(String indicator, Cell total, String anchor) {
    }

    /** A statistic in the table of throughput and hours. */
    public record Statistic(String key, Cell cell) {
    }

    /** How each breakdown's categories are named in the message bundle. */
    private static final Map<String, String> LABELS = Map.of(
            "life-domain", "lifeDomain.", "target-group", "targetGroup.", "phase", "phase.", "outcome", "outcome.",
            "reason", "handoverReason.", "support-kind", "supportKind.", "trigger", "escalationTrigger.");
    /** Putten's five statements as the report names them, and as the message bundle does. */
    private static final Map<String, String> EXPERIENCE = Map.of(
            "experience-helpful", "experience.helpful", "experience-can-carry-on", "experience.canCarryOn",
            "experience-own-choices", "experience.ownChoices", "experience-same-supporter-again", "experience.sameSupporterAgain",
            "experience-would-recommend", "experience.wouldRecommend");
    private static final List<String> EXPERIENCE_ORDER = List.of("experience-helpful", "experience-can-carry-on",
            "experience-own-choices", "experience-same-supporter-again", "experience-would-recommend");

    private final ReportFigures report;

    public Dashboard(ReportFigures report) {
        this.report = report;
    }

    public ReportFigures report() {
        return report;
    }

    public List<Card> cards() {
        List<Card> cards = new ArrayList<>();
        card(cards, "cases-opened", "cases-opened-life-domain");
        card(cards, "cases-accepted", "cases-accepted-support-kind");
        card(cards, "cases-closed", "cases-closed-outcome");
        card(cards, "escalations", "escalations-trigger");
        card(cards, "handovers", "handovers-reason");
        return cards;
    }

    private void card(List<Card> cards, String indicator, String anchor) {
        report.total(indicator).ifPresent(total -> cards.add(new Card(indicator, total, anchor)));
    }

    public List<Chart> charts() {
        List<Chart> charts = new ArrayList<>();
        breakdown(charts, "cases-opened", "life-domain");
        breakdown(charts, "cases-opened", "target-group");
        breakdown(charts, "cases-opened", "phase");
        breakdown(charts, "cases-accepted", "support-kind");
        breakdown(charts, "cases-closed", "outcome");
        breakdown(charts, "escalations", "trigger");
        breakdown(charts, "handovers", "reason");
        List<Row> experience = new ArrayList<>();
        for (String statement : EXPERIENCE_ORDER) {
            report.statistic(statement, "average").ifPresent(cell ->
                    experience.add(new Row(EXPERIENCE.get(statement), statement, cell.value(), !cell.shown())));
        }
        if (!experience.isEmpty()) {
            charts.add(new Chart("experience", "dashboard.chart.experience", "dashboard.table.average", experience, 5));
        }
        return charts;
    }

    private void breakdown(List<Chart> charts, String indicator, String dimension) {
        List<Cell> cells = report.breakdown(indicator, dimension);
        if (cells.isEmpty()) {
            return;
        }
        String prefix = LABELS.getOrDefault(dimension, dimension + ".");
        List<Row> rows = cells.stream().map(cell -> new Row("OTHER".equals(cell.category()) ? "dashboard.other"
                : prefix + cell.category(), cell.category(), cell.value(), !cell.shown())).toList();
        charts.add(new Chart(indicator + "-" + dimension, "dashboard.chart." + indicator + "." + dimension,
                "dashboard.table.count", rows, null));
    }

    /** Throughput time, time to acceptance and hours, as far as the report has them. */
    public List<Statistic> statistics() {
        List<Statistic> statistics = new ArrayList<>();
        for (String[] one : new String[][]{{"throughput-days", "median"}, {"throughput-days", "p90"},
                {"acceptance-hours", "median"}, {"acceptance-hours", "p90"}, {"support-hours", "total"},
                {"support-hours", "average"}}) {
            Optional<Cell> cell = report.statistic(one[0], one[1]);
            cell.ifPresent(c -> statistics.add(new Statistic("dashboard.stat." + one[0] + "." + one[1], c)));
        }
        return statistics;
    }
}
