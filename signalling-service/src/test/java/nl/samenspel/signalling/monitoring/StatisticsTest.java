package nl.samenspel.signalling.monitoring;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsTest {

    @Test
    void averageScoreAtTheEndOfTheScaleIsShownAsABandNotAsTheValueEveryResidentGave() {
        ReportStatistic allFives = single(Statistics.present("experience-helpful", Collections.nCopies(9, 5.0), 10));
        ReportStatistic allOnes = single(Statistics.present("experience-helpful", Collections.nCopies(9, 1.0), 10));
        ReportStatistic nearlyAllFives = single(Statistics.present("experience-helpful",
                List.of(5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 4.0), 10));

        assertThat(List.of(allFives, nearlyAllFives)).allSatisfy(statistic -> {
            assertThat(statistic.presentation()).isEqualTo(ReportFigure.BAND);
            assertThat(statistic.value()).isNull();
            assertThat(statistic.lower()).isEqualTo(4.5);
            assertThat(statistic.upper()).isEqualTo(5.0);
        });
        assertThat(allOnes.presentation()).isEqualTo(ReportFigure.BAND);
        assertThat(allOnes.upper()).isEqualTo(1.5);
        ReportStatistic mixed = single(Statistics.present("experience-helpful", List.of(3.0, 4.0, 4.0, 5.0, 2.0, 4.0, 3.0, 4.0), 10));
        assertThat(mixed.presentation()).isEqualTo(ReportFigure.ROUNDED);
        assertThat(mixed.value()).isEqualTo(3.6);
        assertThat(mixed.unit()).isEqualTo("score");
    }

    @Test
    void statisticOverAGroupWhoseCountIsSuppressedIsSuppressed() {
        assertThat(Statistics.present("support-hours", List.of(1.0, 2.0, 3.0), null))
                .allSatisfy(statistic -> {
                    assertThat(statistic.suppressed()).isTrue();
                    assertThat(statistic.value()).isNull();
                    assertThat(statistic.contributions()).isNull();
                });
    }

    @Test
    void durationsOfABurstOfCasesAreNeverShownAsZero() {
        List<Double> minutesApart = Collections.nCopies(10, 2 / 60.0);

        List<ReportStatistic> statistics = Statistics.present("acceptance-hours", minutesApart, 10);

        assertThat(statistics).allSatisfy(statistic -> {
            assertThat(statistic.presentation()).isEqualTo(ReportFigure.BAND);
            assertThat(statistic.lower()).isEqualTo(0.0);
            assertThat(statistic.upper()).isEqualTo(0.1);
            assertThat(statistic.unit()).isEqualTo("hours");
        });
    }

    @Test
    void durationsOfDaysAreShownInDaysAndShorterOnesInHours() {
        List<Double> weeks = List.of(24.0 * 7, 24.0 * 14, 24.0 * 10, 24.0 * 3);
        List<Double> hours = List.of(5.0, 20.0, 30.0);

        assertThat(Statistics.present("throughput-days", weeks, 5)).first().satisfies(median -> {
            assertThat(median.unit()).isEqualTo("days");
            assertThat(median.value()).isEqualTo(8.5);
        });
        assertThat(Statistics.present("acceptance-hours", hours, 5)).first().satisfies(median -> {
            assertThat(median.unit()).isEqualTo("hours");
            assertThat(median.value()).isEqualTo(20.0);
        });
    }

    @Test
    void totalsAreRoundedLikeCounts() {
        assertThat(Statistics.present("support-hours", List.of(3.0, 4.5, 5.0, 6.0, 2.0, 1.0, 1.5, 3.0), 10)).first()
                .satisfies(total -> {
                    assertThat(total.measure()).isEqualTo("total");
                    assertThat(total.value()).isEqualTo(25.0);
                });
    }

    private static ReportStatistic single(List<ReportStatistic> statistics) {
        assertThat(statistics).hasSize(1);
        return statistics.get(0);
    }
}
