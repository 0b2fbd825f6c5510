package nl.samenspel.coordinator.calendar;

import nl.samenspel.coordinator.cases.CaseRules;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayCalendarTest {

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void easterAndTheHolidaysThatFollowItAreComputedForEveryYear() {
        assertThat(DutchHoliday.easterSunday(2024)).isEqualTo(day("2024-03-31"));
        assertThat(DutchHoliday.easterSunday(2025)).isEqualTo(day("2025-04-20"));
        assertThat(DutchHoliday.easterSunday(2026)).isEqualTo(day("2026-04-05"));
        assertThat(DutchHoliday.easterSunday(2038)).isEqualTo(day("2038-04-25"));
        assertThat(DutchHoliday.GOOD_FRIDAY.in(2026)).isEqualTo(day("2026-04-03"));
        assertThat(DutchHoliday.EASTER_MONDAY.in(2026)).isEqualTo(day("2026-04-06"));
        assertThat(DutchHoliday.ASCENSION_DAY.in(2026)).isEqualTo(day("2026-05-14"));
        assertThat(DutchHoliday.WHIT_MONDAY.in(2026)).isEqualTo(day("2026-05-25"));
    }

    @Test
    void kingsDayIsTheTwentySixthWhenTheTwentySeventhIsASunday() {
        assertThat(DutchHoliday.KINGS_DAY.in(2025)).isEqualTo(day("2025-04-26"));
        assertThat(DutchHoliday.KINGS_DAY.in(2026)).isEqualTo(day("2026-04-27"));
    }

    @Test
    void theNationalCalendarHasEveryDutchHolidayAndLiberationDayEveryYear() {
        for (String holiday : List.of("2026-01-01", "2026-04-03", "2026-04-05", "2026-04-06", "2026-04-27", "2026-05-05",
                "2026-05-14", "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26", "2027-05-05")) {
            assertThat(HolidayCalendar.NATIONAL.isHoliday(day(holiday))).as(holiday).isTrue();
        }
        assertThat(HolidayCalendar.NATIONAL.isHoliday(day("2026-04-07"))).isFalse();
    }

    @Test
    void liberationDayCanBeADayOffInLustrumYearsOnly() {
        HolidayCalendar lustrum = new HolidayCalendar(HolidayCalendar.LiberationDay.LUSTRUM_YEARS, null, null);
        assertThat(lustrum.isHoliday(day("2026-05-05"))).isFalse();
        assertThat(lustrum.isHoliday(day("2030-05-05"))).isTrue();
    }

    @Test
    void aRegionAddsItsOwnDaysOffAndRemovesNationalOnes() {
        HolidayCalendar region = new HolidayCalendar(null, List.of("10-03", "2026-06-15"), List.of("GOOD_FRIDAY", "2026-12-26"));

        assertThat(region.isHoliday(day("2026-10-03"))).as("every year").isTrue();
        assertThat(region.isHoliday(day("2027-10-03"))).as("every year").isTrue();
        assertThat(region.isHoliday(day("2026-06-15"))).isTrue();
        assertThat(region.isHoliday(day("2027-06-15"))).as("one date only").isFalse();
        assertThat(region.isHoliday(day("2026-04-03"))).as("Good Friday removed").isFalse();
        assertThat(region.isHoliday(day("2026-12-26"))).as("one date removed").isFalse();
        assertThat(region.isHoliday(day("2027-12-26"))).isTrue();
    }

    @Test
    void aMalformedDayInTheCalendarStopsTheServiceWithAClearMessage() {
        assertThatThrownBy(() -> new HolidayCalendar(null, List.of("3 October"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extra-days").hasMessageContaining("10-03");
        assertThatThrownBy(() -> new HolidayCalendar(null, null, List.of("GOOD_SATURDAY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("removed-days").hasMessageContaining("GOOD_FRIDAY");
    }

    @Test
    void everyWorkingDayDeadlineSkipsTheRegionsHolidays() {
        CaseRules rules = new CaseRules(null, null, null, null, 3, null, null, 3,
                new HolidayCalendar(null, List.of("2026-03-03"), null));
        assertThat(rules.afterWorkingDays(Instant.parse("2026-03-02T09:00:00Z"), 1)).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));
    }
}
