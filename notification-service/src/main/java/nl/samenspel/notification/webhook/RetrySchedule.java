package nl.samenspel.notification.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: Standard Webhooks' schedule (immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
 * 14 h, 20 h, 24 h), each delay spread by up to 10 % either way so that receivers coming back are not hit all at once;
 * later when the receiver asked for it with {@code Retry-After} (at most a day).
 */
final class RetrySchedule {

    private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(24);

    private final List<Duration> delays;

    RetrySchedule(List<Duration> delays) {
        if (delays == null || delays.isEmpty()) {
            throw new IllegalStateException("samenspel.notification.delivery.retry-delays needs at least one delay.");
        }
        this.delays = List.copyOf(delays);
    }

    /** How many attempts a delivery gets. */
    int attempts() {
        return delays.size();
    }

    /**
     * When to try again after the given number of failed attempts, or {@code null} when that was the last.
     *
     * @param retryAfter the receiver's {@code Retry-After} header, if it answered 429 or 503 with one
     */
    Instant next(int failedAttempts, Instant now, String retryAfter) {
        if (failedAttempts >= delays.size()) {
            return null;
        }
        Duration delay = jittered(delays.get(failedAttempts));
        Duration asked = retryAfter(retryAfter, now);
        return now.plus(asked != null && asked.compareTo(delay) > 0 ? asked : delay);
    }

    private static Duration jittered(Duration delay) {
        long millis = delay.toMillis();
        if (millis == 0) {
            return delay;
        }
        long spread = millis / 10;
        return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(-spread, spread + 1));
    }

    /** {@code Retry-After} as seconds or an HTTP date; {@code null} when absent or unreadable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Duration asked;
        try {
            asked = Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException notSeconds) {
            try {
                asked = Duration.between(now, ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
        if (asked.isNegative()) {
            return Duration.ZERO;
        }
        return asked.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : asked;
    }
}
