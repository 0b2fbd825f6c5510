package nl.samenspel.signalling.monitoring;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringPageTest {

    private static MonitoringReport report(String period, Integer opened) {
        return new MonitoringReport("GM0534", "Hillegom <&>", PeriodType.MONTH, period, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), 8, 5, List.of(
                ReportFigure.protectedCount("cases-opened", "total", "ALL", opened),
                ReportFigure.protectedCount("cases-opened", "phase", "ACCESS", 10),
                ReportFigure.protectedCount("cases-opened", "phase", "ORIENTATION", null)),
                List.of(ReportStatistic.rounded("throughput-days", "median", 23.5, "days", 10),
                        ReportStatistic.band("experience-helpful", "average", 4.5, 5, "score", 10)),
                Instant.parse("2026-11-02T03:00:00Z"));
    }

    @Test
    void pageIsSelfContainedAndShowsHiddenFiguresAsDashes() {
        List<Optional<MonitoringReport>> months = new ArrayList<>(Collections.nCopies(12, Optional.empty()));
        months.set(8, Optional.of(report("2026-09", null)));
        months.set(9, Optional.of(report("2026-10", 15)));
        String html = MonitoringPage.render(report("2026-10", 15), months, MonitoringPage.labels(Map.of()));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "stroke-dasharray", ">–<", ">15<", "23.5", ">Sep<", ">Oct<")
                .contains("(median, days)", ">4.5-5<")
                .contains("Hillegom &lt;&amp;&gt;").doesNotContain("<script", "http://", "https://", "<link");
    }

    @Test
    void codesReadAsWords() {
        assertThat(MonitoringPage.labels(Map.of("OLDER_PEOPLE", "Older people (ouderen)")).apply("OLDER_PEOPLE"))
                .isEqualTo("Older people (ouderen)");
        assertThat(MonitoringPage.labels(Map.of()).apply("REFERRED_TO_PROVISION")).isEqualTo("Referred to provision");
    }
}
