package nl.samenspel.notification.webhook;

import java.time.Instant;
import java.util.List;

/**
 * One delivery as the party sees it.
 *
 * @param kind          {@code EVENT}, {@code TEST} or {@code VERIFICATION}
 * @param nextAttemptAt when a pending delivery is tried next; {@code null} otherwise
 * @param attempts      every attempt, oldest first
 */
public record DeliveryView(long id, String eventId, String kind, DeliveryStatus status, int attemptCount, Instant createdAt,
                           Instant nextAttemptAt, Instant finishedAt, List<Attempt> attempts) {

    /**
     * @param statusCode the receiver's HTTP status; {@code null} when it did not answer
     * @param error      why the attempt failed, or the start of the receiver's answer
     */
    public record Attempt(Instant at, Integer statusCode, String error, int durationMillis) {
    }
}
