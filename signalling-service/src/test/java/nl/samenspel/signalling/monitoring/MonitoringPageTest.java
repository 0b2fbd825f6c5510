package nl.samenspel.signalling.monitoring;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringPageTest {

    private static MonitoringReport report(String period, Integer opened) {
        return new MonitoringReport("GM0534", "Hillegom <&>", PeriodType.MONTH, period, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), 8, 5, List.of(
                new ReportFigure("cases-opened", "total", "ALL", opened, opened == null),
                new ReportFigure("cases-opened", "phase", "ACCESS", 10, false),
                new ReportFigure("cases-opened", "phase", "ORIENTATION", null, true)),
                List.of(new ReportStatistic("throughput-days", "median", 23.5, false)), Instant.parse("2026-11-02T03:00:00Z"));
    }

    @Test
    void pageIsSelfContainedAndShowsHiddenFiguresAsDashes() {
        String html = MonitoringPage.render(report("2026-10", 15), List.of(report("2026-09", null), report("2026-10", 15)),
                MonitoringPage.labels(Map.of()));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "stroke-dasharray", ">–<", ">15<", "23.5", ">Sep<", ">Oct<")
                .contains("Hillegom &lt;&amp;&gt;").doesNotContain("<script", "http://", "https://", "<link");
    }

    @Test
    void codesReadAsWords() {
        assertThat(MonitoringPage.labels(Map.of("OLDER_PEOPLE", "Older people (ouderen)")).apply("OLDER_PEOPLE"))
                .isEqualTo("Older people (ouderen)");
        assertThat(MonitoringPage.labels(Map.of()).apply("REFERRED_TO_PROVISION")).isEqualTo("Referred to provision");
    }
}
