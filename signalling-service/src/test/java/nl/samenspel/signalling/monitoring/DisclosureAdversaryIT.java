package nl.samenspel.signalling.monitoring;

import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.signalling.SharedContext;
import nl.samenspel.signalling.catalogue.Catalogue;
import nl.samenspel.signalling.catalogue.CatalogueEntry;
import nl.samenspel.signalling.disclosure.Additivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays an adversary against the real pipeline (facts into PostgreSQL, reports published through the aggregate,
 * read back from the event store): for seeded random regions, one year each, facts arrive over the year, some of
 * them late; each month, quarter and the year are published when they end. After every new fact the adversary
 * reads every published table again; at the end it solves the linear system all of them form and must pin no
 * count below the threshold and no sum over fewer residents than the threshold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SharedContext.PROPERTIES)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class DisclosureAdversaryIT {

    /** Regions get their own years of Teylingen, which no other test reports on. */
    private static final String MUNICIPALITY = "GM1525";
    private static final int REGIONS = 6;
    private static final int FIRST_YEAR = 2001;
    /** Distinct counts: a quarter does not sum its months, so a reader has no linear relation for them. */
    private static final Set<String> DISTINCT = Set.of("residents", "cases-with-hours");
    private static final List<String> PHASES = List.of("ORIENTATION", "ACCESS", "DURING_SUPPORT");
    private static final List<String> OUTCOMES = List.of("RESOLVED", "REFERRED_TO_PROVISION", "WITHDRAWN");

    @Autowired
    MonitoringFacts facts;
    @Autowired
    ReportPublication publication;
    @Autowired
    PublishedReports published;
    @Autowired
    MonitoringCounts counts;
    @Autowired
    Catalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;

    private record Arrival(Instant at, Runnable write) {
    }

    @Test
    void anAdversaryReadingEveryPublishedTableBeforeAndAfterEveryFactPinsNoSmallCountAndNoResidentsAnswer() {
        int hidden = 0;
        for (int seed = 1; seed <= REGIONS; seed++) {
            int year = FIRST_YEAR + seed - 1;
            Random random = new Random(seed);
            // Every fourth region is Cliëntenbelang-sized: 18 residents with 20 issues over 9 topics.
            boolean clientenbelang = seed % 4 == 1;
            int residents = clientenbelang ? 18 : 5 + random.nextInt(60);
            int issues = clientenbelang ? 20 : residents + random.nextInt(residents + 1);
            boolean allFives = seed % 3 == 0;
            hidden += playYear(year, region(random, year, residents, issues, allFives), "seed " + seed);
        }
        Integer late = jdbc.queryForObject("select count(*) from monitoring_case where case_reference like 'adv-%' "
                + "and opened_reported_in <> to_char(opened_at at time zone 'Europe/Amsterdam', 'YYYY-MM')", Integer.class);
        assertThat(hidden).as("the regions are small enough to hide cells").isGreaterThan(50);
        assertThat(late).as("some facts arrive late").isGreaterThan(0);
    }

    @Test
    void theAdversaryPinsACellThatIsTheDifferenceOfShownOnes() {
        List<Additivity> relations = List.of(new Additivity("m#t|total", List.of("m#t|a", "m#t|b", "m#t|c")),
                new Additivity("m#t|c", List.of("m#t|c1", "m#t|c2")));

        assertThat(LinearAdversary.pinned(relations, Set.of("m#t|b"))).containsExactly("m#t|b");
        assertThat(LinearAdversary.pinned(relations, Set.of("m#t|b", "m#t|c1"))).containsExactly("m#t|b", "m#t|c1");
        assertThat(LinearAdversary.pinned(relations, Set.of("m#t|b", "m#t|c"))).containsExactly("m#t|b", "m#t|c");
        assertThat(LinearAdversary.pinned(relations, Set.of("m#t|b", "m#t|c", "m#t|c1"))).isEmpty();
    }

    /** Publishes each period when it ends, between the facts; returns how many cells ended up hidden. */
    private int playYear(int year, List<Arrival> arrivals, String region) {
        List<Period> schedule = new ArrayList<>();
        for (Period quarter : new Period(PeriodType.YEAR, year, 1).children()) {
            schedule.addAll(quarter.children());
            schedule.add(quarter);
        }
        schedule.add(new Period(PeriodType.YEAR, year, 1));
        Map<Period, MonitoringReport> read = new LinkedHashMap<>();
        int next = 0;
        for (Arrival arrival : arrivals) {
            while (next < schedule.size() && publishedAt(schedule.get(next)).isBefore(arrival.at())) {
                publish(schedule.get(next++), read);
            }
            arrival.write().run();
            read.forEach((period, report) -> assertThat(published.find(MUNICIPALITY, period)).as(region
                    + ": the published report of " + period + " after a new fact").contains(report));
        }
        while (next < schedule.size()) {
            publish(schedule.get(next++), read);
        }
        return attack(read, region);
    }

    private void publish(Period period, Map<Period, MonitoringReport> read) {
        publication.publishIfNew(MUNICIPALITY, period);
        read.put(period, published.find(MUNICIPALITY, period).orElseThrow());
    }

    /** Reports go out on the 2nd of the month after the period, as {@link MonthlyPublication} does. */
    private static Instant publishedAt(Period period) {
        return period.end().plusDays(2).atTime(3, 0).atZone(Period.ZONE).toInstant();
    }

    private int attack(Map<Period, MonitoringReport> reports, String region) {
        int threshold = reports.values().iterator().next().threshold();
        Map<String, Long> truth = new HashMap<>();
        Set<String> hidden = new TreeSet<>();
        List<Additivity> relations = new ArrayList<>();
        for (MonitoringReport report : reports.values()) {
            Period period = Period.parse(report.period());
            counts.count(MUNICIPALITY, period).forEach((key, count) -> truth.put(cell(period, key), count));
            Map<String, List<Double>> samples = counts.samples(MUNICIPALITY, period);
            for (ReportFigure figure : report.figures()) {
                if (figure.presentation().equals(ReportFigure.EXACT)) {
                    continue;
                }
                String cell = cell(period, Breakdown.key(figure.indicator(), figure.dimension(), figure.category()));
                if (figure.value() == null) {
                    hidden.add(cell);
                } else {
                    assertThat(truth.get(cell)).as(region + ": shown " + cell).isGreaterThanOrEqualTo(threshold);
                    assertThat(figure.value() % report.roundingBase()).isZero();
                }
            }
            for (ReportStatistic statistic : report.statistics()) {
                int contributions = samples.get(statistic.indicator()).size();
                truth.put(sum(period, statistic.indicator()), (long) contributions);
                if (!statistic.presentation().equals(ReportFigure.ROUNDED)) {
                    if (showsSum(statistic.measure())) {
                        hidden.add(sum(period, statistic.indicator()));
                    }
                    continue;
                }
                assertThat(contributions).as(region + ": values behind " + statistic).isGreaterThanOrEqualTo(threshold);
                if (statistic.unit().equals("score")) {
                    assertThat(statistic.value()).as(region + ": an average at the scale's end is a band")
                            .isStrictlyBetween(1.5, 4.5);
                } else {
                    assertThat(statistic.value()).as(region + ": a duration is never shown as 0.0").isGreaterThanOrEqualTo(0.1);
                }
            }
            relations.addAll(within(period));
        }
        for (MonitoringReport report : reports.values()) {
            Period period = Period.parse(report.period());
            if (!period.children().isEmpty() && period.children().stream().allMatch(reports::containsKey)) {
                relations.addAll(across(period, reports.get(period)));
            }
        }
        Set<String> pinned = LinearAdversary.pinned(relations, hidden);
        assertThat(pinned).as(region + ": small counts and sums over few residents the adversary works out")
                .noneMatch(cell -> truth.get(cell) < threshold);
        return hidden.size();
    }

    /** The additive breakdowns of one period: the categories sum to the total. */
    private List<Additivity> within(Period period) {
        List<Additivity> relations = new ArrayList<>();
        for (Breakdown breakdown : counts.breakdowns()) {
            if (breakdown.additive() && !breakdown.categories().isEmpty()) {
                relations.add(new Additivity(cell(period, Breakdown.totalKey(breakdown.indicator())),
                        breakdown.categories().stream().map(category -> cell(period, breakdown.key(category))).toList()));
            }
        }
        return relations;
    }

    /** A quarter sums its months and a year its quarters: every count that is not distinct, and every sum. */
    private static List<Additivity> across(Period period, MonitoringReport report) {
        List<Additivity> relations = new ArrayList<>();
        for (ReportFigure figure : report.figures()) {
            if (!figure.presentation().equals(ReportFigure.EXACT) && !DISTINCT.contains(figure.indicator())) {
                String key = Breakdown.key(figure.indicator(), figure.dimension(), figure.category());
                relations.add(new Additivity(cell(period, key), period.children().stream().map(child -> cell(child, key)).toList()));
            }
        }
        // Only averages and totals give a sum (average times contributions); medians and percentiles give none.
        report.statistics().stream().filter(statistic -> showsSum(statistic.measure())).map(ReportStatistic::indicator)
                .distinct().forEach(indicator -> relations.add(
                new Additivity(sum(period, indicator), period.children().stream().map(child -> sum(child, indicator)).toList())));
        return relations;
    }

    private static boolean showsSum(String measure) {
        return measure.equals("average") || measure.equals("total");
    }

    private static String cell(Period period, String key) {
        return period + "#" + key;
    }

    private static String sum(Period period, String indicator) {
        return "sum:" + period + "#" + indicator;
    }

    /** The facts of one region's year in the order they arrive. */
    private List<Arrival> region(Random random, int year, int residents, int issues, boolean allFives) {
        List<String> topics = catalogue.lifeDomains().stream().map(CatalogueEntry::code).limit(9).toList();
        Instant start = new Period(PeriodType.YEAR, year, 1).from();
        Instant lastArrival = publishedAt(new Period(PeriodType.MONTH, year, 12)).minus(Duration.ofHours(1));
        Instant end = new Period(PeriodType.YEAR, year, 1).until();
        List<Arrival> arrivals = new ArrayList<>();
        String prefix = "adv-" + year + "-" + UUID.randomUUID().toString().substring(0, 8);
        for (int issue = 0; issue < issues; issue++) {
            String reference = prefix + "-" + issue;
            String resident = prefix + "-r" + (issue < residents ? issue : random.nextInt(residents));
            Instant opened = start.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
            List<String> domains = new ArrayList<>(new TreeSet<>(List.of(topics.get(random.nextInt(topics.size())),
                    topics.get(random.nextInt(topics.size())))));
            String phase = PHASES.get(random.nextInt(PHASES.size()));
            Instant openedArrives = arrive(random, opened, lastArrival);
            arrivals.add(new Arrival(openedArrives, () -> facts.caseOpened(reference, MUNICIPALITY, phase, domains,
                    List.of(), resident, opened)));
            if (random.nextInt(10) < 8) {
                // Some are accepted within minutes of each other, a burst.
                Instant accepted = opened.plus(random.nextBoolean() ? Duration.ofMinutes(1 + random.nextInt(4))
                        : Duration.ofHours(1 + random.nextInt(200)));
                if (accepted.isBefore(end)) {
                    Instant arrives = later(arrive(random, accepted, lastArrival), openedArrives);
                    arrivals.add(new Arrival(arrives, () -> facts.caseAccepted(reference, "INFORMAL", accepted)));
                    Instant closed = accepted.plus(Duration.ofHours(2 + random.nextInt(60 * 24)));
                    if (random.nextInt(10) < 6 && closed.isBefore(end)) {
                        String outcome = OUTCOMES.get(random.nextInt(OUTCOMES.size()));
                        arrivals.add(new Arrival(arrive(random, closed, lastArrival), () -> facts.caseFact(
                                UUID.randomUUID().toString(), reference, MUNICIPALITY, MonitoringFacts.CLOSED, outcome,
                                "INFORMAL", (double) Duration.between(opened, closed).toDays(), closed)));
                        Instant recorded = closed.plus(Duration.ofHours(1));
                        if (random.nextBoolean() && recorded.isBefore(end)) {
                            Integer[] scores = new Integer[5];
                            for (int s = 0; s < 5; s++) {
                                scores[s] = allFives ? Integer.valueOf(5) : random.nextInt(6) == 0 ? null : 1 + random.nextInt(5);
                            }
                            arrivals.add(new Arrival(arrive(random, recorded, lastArrival), () -> facts.experienceRecorded(
                                    UUID.randomUUID().toString(), MUNICIPALITY, scores[0], scores[1], scores[2], scores[3],
                                    scores[4], recorded)));
                        }
                    }
                    LocalDate worked = LocalDate.ofInstant(accepted, Period.ZONE).plusDays(random.nextInt(20));
                    Instant workedAt = worked.atStartOfDay(Period.ZONE).toInstant();
                    if (random.nextBoolean() && workedAt.isBefore(end)) {
                        double minutes = 30 + random.nextInt(600);
                        arrivals.add(new Arrival(arrive(random, later(workedAt, accepted), lastArrival), () -> facts.caseFact(
                                UUID.randomUUID().toString(), reference, MUNICIPALITY, MonitoringFacts.HOURS, null,
                                "INFORMAL", minutes, workedAt)));
                    }
                }
            }
        }
        arrivals.sort(Comparator.comparing(Arrival::at));
        return arrivals;
    }

    /** Most facts arrive within minutes; one in five weeks late, after its month was published. */
    private static Instant arrive(Random random, Instant occurred, Instant lastArrival) {
        Instant at = occurred.plus(random.nextInt(5) == 0 ? Duration.ofDays(20 + random.nextInt(40))
                : Duration.ofMinutes(1 + random.nextInt(30)));
        return at.isAfter(lastArrival) ? later(occurred, lastArrival.minusSeconds(1)) : at;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b.plusSeconds(1);
    }
}
