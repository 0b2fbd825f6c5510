package nl.samenspel.signalling.monitoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A self-contained HTML page for a policy adviser: no scripts, no external files, charts as inline SVG. Hidden
 * figures are drawn as an empty dashed bar with a dash, explained once at the top, so a gap is never mistaken for
 * a zero.
 */
final class MonitoringPage {

    private static final int BAR_AREA = 360;

    private MonitoringPage() {
    }

    /** @param months the twelve months of the report's year, each with its report if published */
    static String render(MonitoringReport report, List<Optional<MonitoringReport>> months, Function<String, String> label) {
        StringBuilder html = new StringBuilder();
        html.append("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>""").append(escape("Client support monitoring " + report.municipalityName() + " " + report.period()))
                .append("""
                </title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;color:#1d2731}
                h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccd}
                .note{background:#f3f6fa;padding:.8rem 1rem;border-left:4px solid #3b6ea5}
                table{border-collapse:collapse}td,th{padding:.3rem .8rem;text-align:left;border-bottom:1px solid #eee}
                td.n{text-align:right}svg text{font-size:12px;fill:#1d2731}
                .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:1rem}
                </style></head><body>
                """);
        html.append("<h1>Client support (cliëntondersteuning) in ").append(escape(report.municipalityName()))
                .append(", ").append(escape(report.period())).append("</h1>\n");
        html.append("<p class=\"note\">All counts are rounded to a multiple of ").append(report.roundingBase())
                .append(". A dash (–) means the number is hidden: it is below ").append(report.threshold())
                .append(", or it could be worked out from other numbers. Averages and totals are shown only over at least as")
                .append(" many cases or answers; an average score near the end of the scale as a range. A month not")
                .append(" published yet shows a dash. This protects residents: nobody can be")
                .append(" recognised in these figures. Period ").append(report.periodStart()).append(" to ")
                .append(report.periodEnd()).append(".</p>\n");

        html.append("<h2>Cases opened per month</h2>\n");
        html.append(columns("Cases opened per month", java.util.stream.IntStream.range(0, months.size()).mapToObj(i ->
                new Bar(java.time.Month.of(i + 1).getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH),
                        months.get(i).flatMap(month -> month.figure("cases-opened", Breakdown.TOTAL, Breakdown.ALL))
                                .map(ReportFigure::value).orElse(null))).toList()));

        html.append("<div class=\"grid\">\n");
        section(html, "Cases opened by phase", report, "cases-opened", "phase", label);
        section(html, "Who supported (kind of supporter at acceptance)", report, "cases-accepted", "support-kind", label);
        section(html, "Cases closed by outcome", report, "cases-closed", "outcome", label);
        section(html, "Handovers by reason", report, "handovers", "reason", label);
        section(html, "Cases opened by life domain", report, "cases-opened", "life-domain", label);
        section(html, "Cases opened by target group", report, "cases-opened", "target-group", label);
        html.append("</div>\n");

        html.append("<h2>Key figures</h2>\n<table>\n");
        for (String indicator : List.of("cases-opened", "cases-closed", "escalations", "handovers", "acceptance-overdue")) {
            ReportFigure total = report.figure(indicator, Breakdown.TOTAL, Breakdown.ALL).orElse(null);
            html.append("<tr><th>").append(escape(label.apply(indicator))).append("</th><td class=\"n\">")
                    .append(total == null || total.value() == null ? "–" : total.value()).append("</td></tr>\n");
        }
        for (ReportStatistic statistic : report.statistics()) {
            html.append("<tr><th>").append(escape(label.apply(statistic.indicator()) + " (" + statistic.measure()
                            + (statistic.unit() == null ? "" : ", " + statistic.unit()) + ")"))
                    .append("</th><td class=\"n\">").append(escape(ReportCsv.shown(statistic))).append("</td></tr>\n");
        }
        html.append("</table>\n");

        html.append("<h2>The network now</h2>\n");
        section(html, "Supporters by kind", report, "supporters", "support-kind", label);
        ReportFigure gaps = report.figure("coverage-gaps", Breakdown.TOTAL, Breakdown.ALL).orElse(null);
        html.append("<p>Open gaps in the offer (no eligible supporter for a target group and life domain): <strong>")
                .append(gaps == null ? 0 : gaps.value()).append("</strong></p>\n");
        html.append("<p><small>Compiled ").append(report.compiledAt()).append(". Also available as JSON and CSV.</small></p>\n");
        return html.append("</body></html>\n").toString();
    }

    private static void section(StringBuilder html, String title, MonitoringReport report, String indicator,
                                String dimension, Function<String, String> label) {
        List<Bar> bars = report.figures().stream()
                .filter(f -> f.indicator().equals(indicator) && f.dimension().equals(dimension))
                .map(f -> new Bar(label.apply(f.category()), f.value())).toList();
        html.append("<section><h2>").append(escape(title)).append("</h2>\n").append(rows(title, bars)).append("</section>\n");
    }

    private record Bar(String label, Integer value) {
    }

    /** Horizontal bars, one per category. */
    private static String rows(String title, List<Bar> bars) {
        int max = Math.max(1, bars.stream().map(Bar::value).filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(1));
        int height = bars.size() * 24 + 8;
        StringBuilder svg = new StringBuilder("<svg role=\"img\" aria-label=\"" + escape(title) + "\" width=\"440\" height=\""
                + height + "\" viewBox=\"0 0 440 " + height + "\">\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * 24 + 4;
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(escape(shorten(bar.label()))).append("</text>");
            appendBar(svg, 170, y, bar.value() == null ? null : (int) Math.round(200.0 * bar.value() / max), 18, true);
            svg.append("<text x=\"").append(bar.value() == null ? 176 : 176 + 200 * bar.value() / max).append("\" y=\"")
                    .append(y + 15).append("\">").append(bar.value() == null ? "–" : bar.value()).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** Vertical bars, one per month. */
    private static String columns(String title, List<Bar> bars) {
        int max = Math.max(1, bars.stream().map(Bar::value).filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(1));
        int width = Math.max(1, bars.size()) * 60 + 20;
        StringBuilder svg = new StringBuilder("<svg role=\"img\" aria-label=\"" + escape(title) + "\" width=\"" + width + "\" height=\"" + (BAR_AREA / 2 + 50)
                + "\" viewBox=\"0 0 " + width + " " + (BAR_AREA / 2 + 50) + "\">\n");
        int base = BAR_AREA / 2 + 20;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int x = 10 + i * 60;
            Integer h = bar.value() == null ? null : (int) Math.round((BAR_AREA / 2.0 - 10) * bar.value() / max);
            appendBar(svg, x, h == null ? base - 20 : base - h, h, 40, false);
            svg.append("<text x=\"").append(x + 12).append("\" y=\"").append(h == null ? base - 24 : base - h - 4)
                    .append("\">").append(bar.value() == null ? "–" : bar.value()).append("</text>");
            svg.append("<text x=\"").append(x + 10).append("\" y=\"").append(base + 16).append("\">")
                    .append(escape(bar.label())).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void appendBar(StringBuilder svg, int x, int y, Integer length, int thickness, boolean horizontal) {
        boolean hidden = length == null;
        int size = hidden ? 20 : Math.max(length, 1);
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                .append(horizontal ? size : thickness).append("\" height=\"").append(horizontal ? thickness : size)
                .append(hidden ? "\" fill=\"none\" stroke=\"#8893a0\" stroke-dasharray=\"4 3\"/>" : "\" fill=\"#3b6ea5\"/>");
    }

    private static String shorten(String text) {
        return text.length() > 26 ? text.substring(0, 25) + "…" : text;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Readable names for indicator and category codes; the catalogue's labels where it has one. */
    static Function<String, String> labels(Map<String, String> catalogueLabels) {
        return code -> {
            String known = catalogueLabels.get(code);
            if (known != null) {
                return known;
            }
            String words = code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        };
    }
}
