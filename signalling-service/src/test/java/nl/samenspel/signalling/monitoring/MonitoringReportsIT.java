package nl.samenspel.signalling.monitoring;

import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.signalling.SharedContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a published report holds, over the real read model and event store: residents apart from issues, late facts,
 * statistics over few answers. Each test uses its own year of Lisse, which no other test reports on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SharedContext.PROPERTIES)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class MonitoringReportsIT {

    private static final String LISSE = "GM0553";

    @Autowired
    MonitoringFacts facts;
    @Autowired
    ReportPublication publication;
    @Autowired
    PublishedReports published;
    @Autowired
    MonitoringCounts counts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMonthlyPublicationIsOneRecurringTaskOfTheSharedSchedulerDueAtThreeOnTheSecond() {
        // One row for all the service's instances: whichever claims it when due runs it, the others do not.
        Instant due = jdbc.queryForObject("select execution_time from scheduled_tasks where task_name = ?", Timestamp.class,
                MonthlyPublication.TASK).toInstant();
        ZonedDateTime local = due.atZone(Period.ZONE);
        assertThat(local.getDayOfMonth()).isEqualTo(2);
        assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(3, 0));
        assertThat(due).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(32)));
    }

    @Test
    void residentsAreCountedOncePerPeriodHoweverManyIssuesTheyBring() {
        Period march = Period.parse("2013-03");
        // Cliëntenbelang Haarlem's figure: 18 clients with 20 issues.
        openCases(march, 20, 18);
        Period april = Period.parse("2013-04");
        openCases(april, 20, 12);

        publication.publish(LISSE, Period.parse("2013-Q2"));
        publication.publish(LISSE, march);

        assertThat(counts.count(LISSE, march)).containsEntry("residents|total|ALL", 18L).containsEntry("cases-opened|total|ALL", 20L);
        MonitoringReport aprilReport = published.get(LISSE, april);
        assertThat(aprilReport.figure("residents", "total", "ALL")).hasValueSatisfying(residents -> {
            assertThat(residents.value()).isEqualTo(10);
            assertThat(residents.presentation()).isEqualTo(ReportFigure.ROUNDED);
        });
        assertThat(aprilReport.figure("cases-opened", "total", "ALL").orElseThrow().value()).isEqualTo(20);
    }

    @Test
    void aLateFactNeverChangesThePublishedReportAndIsCountedInTheNextMonthPublished() {
        Period may = Period.parse("2014-05");
        Period june = Period.parse("2014-06");
        openCases(may, 12, 12);
        publication.publish(LISSE, may);
        MonitoringReport before = published.get(LISSE, may);

        // Arrives after May was published: one more resident's case, accepted after 30 hours.
        String late = "late-" + UUID.randomUUID();
        Instant opened = may.from().plus(Duration.ofDays(20));
        facts.caseOpened(late, LISSE, "ACCESS", List.of("HOUSING"), List.of(), "R-LATE", opened);
        facts.caseAccepted(late, "FORMAL", opened.plus(Duration.ofHours(30)));
        openCases(june, 9, 9);

        assertThat(published.get(LISSE, may)).as("the published May").isEqualTo(before);
        publication.publish(LISSE, Period.parse("2014-Q2"));
        assertThat(published.get(LISSE, may)).isEqualTo(before);
        assertThat(counts.count(LISSE, may)).containsEntry("cases-opened|total|ALL", 12L);
        assertThat(counts.count(LISSE, june)).as("June's report holds the late fact").containsEntry("cases-opened|total|ALL", 10L)
                .containsEntry("cases-accepted|total|ALL", 1L);
        assertThat(counts.count(LISSE, Period.parse("2014-Q2"))).as("the quarter is exactly its months")
                .containsEntry("cases-opened|total|ALL", 22L);
    }

    @Test
    void averagesOverFewerAnswersThanTheThresholdAreSuppressedAndAtTheScalesEndShownAsABand() {
        Period september = Period.parse("2015-09");
        openCases(september, 10, 10);
        Instant recorded = september.from().plus(Duration.ofDays(25));
        for (int i = 0; i < 9; i++) {
            // Everyone found the support helpful (5); only three said whether they would recommend it.
            facts.experienceRecorded(UUID.randomUUID().toString(), LISSE, 5, 3 + i % 2, 4, 4, i < 3 ? 2 : null, recorded);
        }

        publication.publish(LISSE, september);
        MonitoringReport report = published.get(LISSE, september);

        assertThat(statistic(report, "experience-helpful")).satisfies(helpful -> {
            assertThat(helpful.presentation()).isEqualTo(ReportFigure.BAND);
            assertThat(helpful.value()).isNull();
            assertThat(helpful.lower()).isEqualTo(4.5);
            assertThat(helpful.upper()).isEqualTo(5.0);
            assertThat(helpful.contributions()).isEqualTo(10);
        });
        assertThat(statistic(report, "experience-would-recommend")).satisfies(recommend -> {
            assertThat(recommend.suppressed()).isTrue();
            assertThat(recommend.value()).isNull();
        });
        assertThat(statistic(report, "experience-can-carry-on").value()).isEqualTo(3.4);
        assertThat(report.figure("experience-answers", "statement", "would_recommend").orElseThrow().suppressed()).isTrue();
    }

    private static ReportStatistic statistic(MonitoringReport report, String indicator) {
        return report.statistics().stream().filter(s -> s.indicator().equals(indicator)).findFirst().orElseThrow();
    }

    /** Opens {@code issues} cases in the month, brought by {@code residents} residents. */
    private void openCases(Period month, int issues, int residents) {
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < issues; i++) {
            Instant opened = month.from().plus(Duration.ofDays(1 + i % 20));
            facts.caseOpened(prefix + "-" + i, LISSE, "ACCESS", List.of("HOUSING"), List.of(), prefix + "-r" + (i % residents),
                    opened);
        }
    }
}
