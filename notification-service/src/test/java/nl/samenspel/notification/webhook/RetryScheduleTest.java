package nl.samenspel.notification.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Standard Webhooks' retry schedule with jitter, and the receiver's Retry-After. */
class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final RetrySchedule STANDARD = new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24)));

    @Test
    void eachRetryFollowsTheScheduleWithinTenPercent() {
        assertThat(STANDARD.attempts()).isEqualTo(10);
        Duration afterSecondFailure = Duration.between(NOW, STANDARD.next(2, NOW, null));
        assertThat(afterSecondFailure).isBetween(Duration.ofSeconds(270), Duration.ofSeconds(330));
        Duration beforeLast = Duration.between(NOW, STANDARD.next(9, NOW, null));
        assertThat(beforeLast).isBetween(Duration.ofHours(24).minusMinutes(144), Duration.ofHours(24).plusMinutes(144));
    }

    @Test
    void afterTheLastAttemptThereIsNoNext() {
        assertThat(STANDARD.next(10, NOW, null)).isNull();
    }

    @Test
    void aLongerRetryAfterIsHonouredAndCappedAtADay() {
        assertThat(STANDARD.next(1, NOW, "120")).isEqualTo(NOW.plusSeconds(120));
        assertThat(STANDARD.next(1, NOW, "Mon, 02 Mar 2026 11:00:00 GMT")).isEqualTo(NOW.plusSeconds(3600));
        assertThat(STANDARD.next(1, NOW, "9999999")).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(Duration.between(NOW, STANDARD.next(1, NOW, "not a number")))
                .isBetween(Duration.ofMillis(4500), Duration.ofMillis(5500));
    }
}
