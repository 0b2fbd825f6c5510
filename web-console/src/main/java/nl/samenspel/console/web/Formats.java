package nl.samenspel.console.web;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates, times and time left as the pages show them (the network works in Dutch time). */
@Component("formats")
public class Formats {

    static final ZoneId NETWORK_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(NETWORK_TIME));
    }

    /** A moment typed as the network's local date and time ({@code 2026-03-01T09:30}); {@code null} if blank or not one. */
    public Instant networkTime(String localDateTime) {
        try {
            return localDateTime == null || localDateTime.isBlank() ? null
                    : LocalDateTime.parse(localDateTime.trim()).atZone(NETWORK_TIME).toInstant();
        } catch (DateTimeParseException notADateTime) {
            return null;
        }
    }

    /** True if the deadline has passed. */
    public boolean past(Instant now, Instant deadline) {
        return deadline != null && deadline.isBefore(now);
    }

    /** Whole days left before the deadline (0 if past). */
    public long daysLeft(Instant now, Instant deadline) {
        return deadline == null || deadline.isBefore(now) ? 0 : Duration.between(now, deadline).toDays();
    }

    /** Hours left beyond the whole days (0 if past). */
    public long hoursLeft(Instant now, Instant deadline) {
        return deadline == null || deadline.isBefore(now) ? 0 : Duration.between(now, deadline).toHoursPart();
    }

    /** Minutes as hours and minutes, e.g. {@code 1:30}. */
    public String minutes(int minutes) {
        return minutes / 60 + ":" + String.format("%02d", minutes % 60);
    }

    /** A score's points with one decimal. */
    public String points(double points) {
        return String.format(java.util.Locale.ROOT, "%.1f", points);
    }
}
