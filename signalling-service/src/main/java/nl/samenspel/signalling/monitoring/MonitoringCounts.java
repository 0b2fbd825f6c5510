package nl.samenspel.signalling.monitoring;

import nl.samenspel.signalling.catalogue.Catalogue;
import nl.samenspel.signalling.catalogue.CatalogueEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts the monitoring facts of one municipality in one period. */
@Component
class MonitoringCounts {

    static final String OTHER = "OTHER";
    static final List<String> SUPPORT_KINDS = List.of("FORMAL", "INFORMAL", "EXPERIENCE_EXPERT", OTHER);
    static final List<String> EXPERIENCE_STATEMENTS = List.of("helpful", "can_carry_on", "own_choices",
            "same_supporter_again", "would_recommend");

    private final JdbcTemplate jdbc;
    private final List<Breakdown> breakdowns;

    MonitoringCounts(JdbcTemplate jdbc, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.breakdowns = List.of(
                new Breakdown("cases-opened", "phase", List.of("ORIENTATION", "ACCESS", "DURING_SUPPORT", OTHER), true),
                new Breakdown("cases-opened", "life-domain", codes(catalogue.lifeDomains()), false),
                new Breakdown("cases-opened", "target-group", codes(catalogue.targetGroups()), false),
                new Breakdown("residents", Breakdown.TOTAL, List.of(), true),
                new Breakdown("cases-accepted", "support-kind", SUPPORT_KINDS, true),
                new Breakdown("cases-closed", "outcome", List.of("RESOLVED", "REFERRED_TO_PROVISION", "HANDED_TO_WLZ",
                        "WITHDRAWN", "UNREACHABLE", OTHER), true),
                new Breakdown("cases-closed", "support-kind", List.of("FORMAL", "INFORMAL", "EXPERIENCE_EXPERT", "NONE"), true),
                new Breakdown("escalations", "trigger", List.of("MANUAL", "COMPLEXITY_FLAG", "HOURS_LIMIT", "NO_PROGRESS",
                        OTHER), true),
                new Breakdown("handovers", "reason", List.of("EXPERTISE", "CAPACITY", "MOVING", "RESIDENT_WISH",
                        "ESCALATION", "DEESCALATION", "WLZ", OTHER), true),
                new Breakdown("acceptance-overdue", Breakdown.TOTAL, List.of(), true),
                new Breakdown("cases-with-hours", Breakdown.TOTAL, List.of(), true),
                new Breakdown("experiences", Breakdown.TOTAL, List.of(), true),
                new Breakdown("experience-answers", "statement", EXPERIENCE_STATEMENTS, false));
    }

    List<Breakdown> breakdowns() {
        return breakdowns;
    }

    /**
     * The true counts of one municipality in one period, keyed {@code indicator|dimension|category}: the facts of
     * the month reports published for the period (a quarter's or year's are those of its months), so a period's
     * counts never change once its months are published and a quarter always sums its months.
     */
    Map<String, Long> count(String municipality, Period period) {
        String months = inMonths(period);
        Map<String, Map<String, Long>> raw = new HashMap<>();
        tally(raw, "cases-opened|phase", "select phase, count(*) from monitoring_case where municipality_code = ? "
                + "and opened_reported_in" + months + " group by phase", municipality, period);
        tally(raw, "cases-opened|life-domain", dimensionSql(months), municipality, period, "LIFE_DOMAIN");
        tally(raw, "cases-opened|target-group", dimensionSql(months), municipality, period, "TARGET_GROUP");
        // A resident counts once per period however many issues (cases) they brought; without a pseudonym, once per case.
        tally(raw, "residents|total", "select 'ALL', count(distinct coalesce(resident_pseudonym, '#' || case_reference)) "
                + "from monitoring_case where municipality_code = ? and opened_reported_in" + months, municipality, period);
        tally(raw, "cases-accepted|support-kind", "select support_kind, count(*) from monitoring_case "
                + "where municipality_code = ? and accepted_reported_in" + months + " group by support_kind",
                municipality, period);
        tally(raw, "cases-closed|outcome", factSql("category", months), municipality, MonitoringFacts.CLOSED, period);
        tally(raw, "cases-closed|support-kind", factSql("coalesce(support_kind, 'NONE')", months), municipality,
                MonitoringFacts.CLOSED, period);
        tally(raw, "escalations|trigger", factSql("category", months), municipality, MonitoringFacts.ESCALATED, period);
        tally(raw, "handovers|reason", factSql("category", months), municipality, MonitoringFacts.HANDED_OVER, period);
        tally(raw, "acceptance-overdue|total", factSql("'ALL'", months), municipality, MonitoringFacts.ACCEPTANCE_OVERDUE,
                period);
        tally(raw, "cases-with-hours|total", "select 'ALL', count(distinct case_reference) from monitoring_fact "
                + "where municipality_code = ? and kind = ? and reported_in" + months, municipality, MonitoringFacts.HOURS,
                period);
        tally(raw, "experiences|total", "select 'ALL', count(*) from monitoring_experience where municipality_code = ? "
                + "and reported_in" + months, municipality, period);
        for (String statement : EXPERIENCE_STATEMENTS) {
            tally(raw, "experience-answers|statement", "select '" + statement + "', count(" + statement + ") "
                    + "from monitoring_experience where municipality_code = ? and reported_in" + months, municipality, period);
        }

        Map<String, Long> counts = new LinkedHashMap<>();
        for (Breakdown breakdown : breakdowns) {
            Map<String, Long> tallied = raw.getOrDefault(breakdown.indicator() + "|" + breakdown.dimension(), Map.of());
            if (breakdown.categories().isEmpty()) {
                counts.put(Breakdown.totalKey(breakdown.indicator()), tallied.values().stream().mapToLong(Long::longValue).sum());
                continue;
            }
            Map<String, Long> byCategory = new LinkedHashMap<>();
            breakdown.categories().forEach(category -> byCategory.put(category, 0L));
            tallied.forEach((category, count) -> {
                String known = byCategory.containsKey(category) ? category : breakdown.additive() ? OTHER : null;
                if (known != null) {
                    byCategory.merge(known, count, Long::sum);
                }
            });
            byCategory.forEach((category, count) -> counts.put(breakdown.key(category), count));
            if (breakdown.additive()) {
                counts.put(Breakdown.totalKey(breakdown.indicator()), tallied.values().stream().mapToLong(Long::longValue).sum());
            }
        }
        return counts;
    }

    /**
     * The raw values statistics are computed from, per indicator, of the same facts as {@link #count}. Durations
     * in hours. Never leaves the service as they are.
     */
    Map<String, List<Double>> samples(String municipality, Period period) {
        String months = inMonths(period);
        Object[] plain = expand(municipality, period);
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        samples.put("acceptance-hours", jdbc.queryForList("select extract(epoch from (accepted_at - opened_at)) / 3600.0 "
                + "from monitoring_case where municipality_code = ? and accepted_reported_in" + months, Double.class, plain));
        // From the timestamps when the opening is known, so a burst of same-day closings is not shown as zero days.
        samples.put("throughput-days", jdbc.queryForList("""
                select coalesce(extract(epoch from (f.occurred_at - c.opened_at)) / 3600.0, f.amount::float8 * 24)
                from monitoring_fact f left join monitoring_case c on c.case_reference = f.case_reference
                where f.municipality_code = ? and f.kind = ? and f.reported_in""" + months, Double.class,
                expand(municipality, MonitoringFacts.CLOSED, period)));
        samples.put("support-hours", jdbc.queryForList("select sum(amount)::float8 / 60.0 from monitoring_fact "
                + "where municipality_code = ? and kind = ? and reported_in" + months + " group by case_reference",
                Double.class, expand(municipality, MonitoringFacts.HOURS, period)));
        for (String statement : EXPERIENCE_STATEMENTS) {
            samples.put("experience-" + statement.replace('_', '-'), jdbc.queryForList(
                    "select " + statement + "::float8 from monitoring_experience where municipality_code = ? "
                            + "and reported_in" + months + " and " + statement + " is not null", Double.class, plain));
        }
        return samples;
    }

    /** The month reports a period's figures come from. */
    static List<String> monthsOf(Period period) {
        return period.children().isEmpty() ? List.of(period.toString())
                : period.children().stream().flatMap(child -> monthsOf(child).stream()).toList();
    }

    /** Query arguments with a {@link Period} replaced by its months, one per placeholder of {@link #inMonths}. */
    private static Object[] expand(Object... arguments) {
        List<Object> expanded = new ArrayList<>();
        for (Object argument : arguments) {
            if (argument instanceof Period period) {
                expanded.addAll(monthsOf(period));
            } else {
                expanded.add(argument);
            }
        }
        return expanded.toArray();
    }

    private static String inMonths(Period period) {
        return " in (" + String.join(", ", java.util.Collections.nCopies(monthsOf(period).size(), "?")) + ")";
    }

    /** Runs a tally; a {@link Period} argument stands for its months (see {@link #expand}). */
    private void tally(Map<String, Map<String, Long>> raw, String into, String sql, Object... arguments) {
        Map<String, Long> tallied = raw.computeIfAbsent(into, key -> new HashMap<>());
        jdbc.query(sql, rs -> {
            String category = rs.getString(1) == null ? OTHER : rs.getString(1);
            tallied.merge(category, rs.getLong(2), Long::sum);
        }, expand(arguments));
    }

    private static String dimensionSql(String months) {
        return "select d.code, count(*) from monitoring_case c "
                + "join monitoring_case_dimension d on d.case_reference = c.case_reference "
                + "where c.municipality_code = ? and c.opened_reported_in" + months + " and d.dimension = ? group by d.code";
    }

    private static String factSql(String category, String months) {
        return "select " + category + ", count(*) from monitoring_fact where municipality_code = ? and kind = ? "
                + "and reported_in" + months + " group by 1";
    }

    private static List<String> codes(List<CatalogueEntry> entries) {
        return new ArrayList<>(entries.stream().map(CatalogueEntry::code).toList());
    }

    /** Supporters per kind serving the municipality now (about the network, not residents). */
    Map<String, Long> supportersByKind(String municipality) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        SUPPORT_KINDS.forEach(kind -> byKind.put(kind, 0L));
        jdbc.query("select kind, count(*) from monitoring_supporter where municipality_code = ? group by kind",
                rs -> {
                    byKind.merge(SUPPORT_KINDS.contains(rs.getString(1)) ? rs.getString(1) : OTHER, rs.getLong(2), Long::sum);
                }, municipality);
        return byKind;
    }

    /** Open coverage gaps per kind of support missing. */
    Map<String, Long> coverageGapsByKind(String municipality) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        jdbc.query("select support_kind, count(*) from monitoring_coverage_gap where municipality_code = ? "
                + "group by support_kind order by 1", rs -> {
                    byKind.put(rs.getString(1), rs.getLong(2));
                }, municipality);
        return byKind;
    }
}
