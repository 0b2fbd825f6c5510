package nl.samenspel.signalling.monitoring;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    @Test
    void monthsQuartersAndYearsAreReadAndWritten() {
        assertThat(Period.parse("2026-10")).hasToString("2026-10");
        assertThat(Period.parse("2026-Q4").start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Period.parse("2026-Q1").end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Period.parse("2026").children()).extracting(Period::toString)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(Period.parse("2026-Q2").children()).extracting(Period::toString)
                .containsExactly("2026-04", "2026-05", "2026-06");
    }

    @Test
    void periodsFollowTheDutchCalendarDay() {
        assertThat(Period.parse("2026-07").from()).hasToString("2026-06-30T22:00:00Z");
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> Period.parse("2026-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("Q4-2026")).hasMessageContaining("not a month");
    }

    @Test
    void theReportsOfEndedPeriodsArePublished() {
        assertThat(MonthlyPublication.endedPeriods(LocalDate.of(2026, 11, 2))).extracting(Period::toString)
                .containsExactly("2026-10");
        assertThat(MonthlyPublication.endedPeriods(LocalDate.of(2026, 10, 2))).extracting(Period::toString)
                .containsExactly("2026-09", "2026-Q3");
        assertThat(MonthlyPublication.endedPeriods(LocalDate.of(2027, 1, 2))).extracting(Period::toString)
                .containsExactly("2026-12", "2026-Q4", "2026");
    }
}
