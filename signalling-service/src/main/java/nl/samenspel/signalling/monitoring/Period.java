package nl.samenspel.signalling.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A calendar period: {@code 2026-10} (month), {@code 2026-Q4} (quarter) or {@code 2026} (year). Periods follow
 * the Dutch calendar day (Europe/Amsterdam), as municipal reports do.
 */
public record Period(PeriodType type, int year, int number) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public Period {
        if (year < 2000 || year > 2999 || number < 1 || number > switch (type) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 1;
        }) {
            throw new IllegalArgumentException("Not a period: " + type + " " + year + "/" + number);
        }
    }

    /**
     * Reads {@code 2026-10}, {@code 2026-Q4} or {@code 2026}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Period parse(String text) {
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            return new Period(PeriodType.MONTH, Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return new Period(PeriodType.QUARTER, Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        }
        if (YEAR.matcher(text).matches()) {
            return new Period(PeriodType.YEAR, Integer.parseInt(text), 1);
        }
        throw new IllegalArgumentException("Period '" + text + "' is not a month (2026-10), quarter (2026-Q4) or year (2026).");
    }

    public static Period monthOf(LocalDate day) {
        return new Period(PeriodType.MONTH, day.getYear(), day.getMonthValue());
    }

    public LocalDate start() {
        return switch (type) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (type) {
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    public Instant from() {
        return start().atStartOfDay(ZONE).toInstant();
    }

    /** The first moment after the period. */
    public Instant until() {
        return end().plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The periods this one sums: a quarter's months, a year's quarters; none for a month. */
    public List<Period> children() {
        return switch (type) {
            case MONTH -> List.of();
            case QUARTER -> IntStream.rangeClosed(1, 3).mapToObj(m -> new Period(PeriodType.MONTH, year, (number - 1) * 3 + m)).toList();
            case YEAR -> IntStream.rangeClosed(1, 4).mapToObj(q -> new Period(PeriodType.QUARTER, year, q)).toList();
        };
    }

    /** The period before this one, of the same type. */
    public Period previous() {
        return switch (type) {
            case MONTH -> number == 1 ? new Period(type, year - 1, 12) : new Period(type, year, number - 1);
            case QUARTER -> number == 1 ? new Period(type, year - 1, 4) : new Period(type, year, number - 1);
            case YEAR -> new Period(type, year - 1, 1);
        };
    }

    @Override
    public String toString() {
        return switch (type) {
            case MONTH -> String.format("%d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> Integer.toString(year);
        };
    }
}
