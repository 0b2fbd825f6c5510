package nl.samenspel.coordinator.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * The Dutch national holidays (nationale feestdagen) on which no working day is counted. The moving ones follow from
 * the date of Easter.
 */
public enum DutchHoliday {
    /** Nieuwjaarsdag. */
    NEW_YEARS_DAY,
    /** Goede Vrijdag. */
    GOOD_FRIDAY,
    /** Eerste Paasdag. */
    EASTER_SUNDAY,
    /** Tweede Paasdag. */
    EASTER_MONDAY,
    /** Koningsdag: 27 April, or 26 April when the 27th is a Sunday. */
    KINGS_DAY,
    /** Bevrijdingsdag, 5 May: counted every year unless the calendar says only every fifth year. */
    LIBERATION_DAY,
    /** Hemelvaartsdag, 39 days after Easter. */
    ASCENSION_DAY,
    /** Eerste Pinksterdag. */
    WHIT_SUNDAY,
    /** Tweede Pinksterdag. */
    WHIT_MONDAY,
    /** Eerste Kerstdag. */
    CHRISTMAS_DAY,
    /** Tweede Kerstdag. */
    BOXING_DAY;

    /** The holiday's date in this year. */
    public LocalDate in(int year) {
        LocalDate easter = easterSunday(year);
        return switch (this) {
            case NEW_YEARS_DAY -> LocalDate.of(year, Month.JANUARY, 1);
            case GOOD_FRIDAY -> easter.minusDays(2);
            case EASTER_SUNDAY -> easter;
            case EASTER_MONDAY -> easter.plusDays(1);
            case KINGS_DAY -> {
                LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
                yield kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY ? kingsDay.minusDays(1) : kingsDay;
            }
            case LIBERATION_DAY -> LocalDate.of(year, Month.MAY, 5);
            case ASCENSION_DAY -> easter.plusDays(39);
            case WHIT_SUNDAY -> easter.plusDays(49);
            case WHIT_MONDAY -> easter.plusDays(50);
            case CHRISTMAS_DAY -> LocalDate.of(year, Month.DECEMBER, 25);
            case BOXING_DAY -> LocalDate.of(year, Month.DECEMBER, 26);
        };
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
