package nl.samenspel.coordinator.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The days that never count as working days, for every deadline counted in working days
 * ({@code samenspel.cases.holidays}): the Dutch national holidays, adjusted per region.
 *
 * @param liberationDay when Bevrijdingsdag (5 May) is a day off: {@code EVERY_YEAR} (the default) or
 *                      {@code LUSTRUM_YEARS} (only every fifth year, as many collective agreements have it)
 * @param extraDays     regional days off: a date ({@code 2026-10-03}) or a day of every year ({@code 10-03})
 * @param removedDays   national holidays that count as working days in this region: a holiday's name
 *                      ({@code GOOD_FRIDAY}) or one date
 */
public record HolidayCalendar(LiberationDay liberationDay, List<String> extraDays, List<String> removedDays) {

    /** Which years Bevrijdingsdag is a day off. */
    public enum LiberationDay { EVERY_YEAR, LUSTRUM_YEARS }

    /** The national holidays, Bevrijdingsdag every year, nothing added or removed. */
    public static final HolidayCalendar NATIONAL = new HolidayCalendar(null, null, null);

    private static final String DATE_OR_DAY = "a date (2026-10-03) or a day of every year (10-03)";

    public HolidayCalendar {
        liberationDay = liberationDay == null ? LiberationDay.EVERY_YEAR : liberationDay;
        extraDays = extraDays == null ? List.of() : List.copyOf(extraDays);
        removedDays = removedDays == null ? List.of() : List.copyOf(removedDays);
        extraDays.forEach(day -> parse(day, "samenspel.cases.holidays.extra-days"));
        removedDays.stream().filter(day -> holiday(day) == null)
                .forEach(day -> parse(day, "samenspel.cases.holidays.removed-days"));
    }

    /** Whether no working day is counted on this day. */
    public boolean isHoliday(LocalDate day) {
        if (matches(removedDays, day)) {
            return false;
        }
        return nationalHolidays(day.getYear()).contains(day) || matches(extraDays, day);
    }

    private Set<LocalDate> nationalHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        for (DutchHoliday holiday : EnumSet.allOf(DutchHoliday.class)) {
            boolean liberationDayOff = liberationDay == LiberationDay.EVERY_YEAR || year % 5 == 0;
            if (holiday != DutchHoliday.LIBERATION_DAY || liberationDayOff) {
                days.add(holiday.in(year));
            }
        }
        return days;
    }

    private static boolean matches(List<String> entries, LocalDate day) {
        for (String entry : entries) {
            DutchHoliday holiday = holiday(entry);
            Object date = holiday == null ? parse(entry, "") : holiday.in(day.getYear());
            if (date.equals(day) || (date instanceof MonthDay everyYear && everyYear.atYear(day.getYear()).equals(day))) {
                return true;
            }
        }
        return false;
    }

    private static DutchHoliday holiday(String entry) {
        try {
            return DutchHoliday.valueOf(entry.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAName) {
            return null;
        }
    }

    /** A {@link LocalDate} or a {@link MonthDay}; a malformed entry stops the service from starting. */
    private static Object parse(String entry, String property) {
        String value = entry.trim();
        try {
            return value.length() == 5 ? MonthDay.parse("--" + value) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(property + ": '" + entry + "' is not " + DATE_OR_DAY
                    + (property.endsWith("removed-days") ? " or a holiday's name " + EnumSet.allOf(DutchHoliday.class) : ""), e);
        }
    }
}
