package nl.samenspel.console.api;

import java.time.Instant;
import java.util.List;

/**
 * One delivery of a subscription with every attempt, oldest first.
 *
 * @param kind   {@code EVENT}, {@code TEST} or {@code VERIFICATION}
 * @param status {@code PENDING}, {@code DELIVERED}, {@code FAILED} or {@code CANCELLED}
 */
public record WebhookDelivery(long id, String eventId, String kind, String status, int attemptCount, Instant createdAt,
                              Instant nextAttemptAt, Instant finishedAt, List<Attempt> attempts) {

    /**
     * @param statusCode the receiver's HTTP status; {@code null} when it did not answer
     * @param error      why the attempt failed, or the start of the receiver's answer
     */
    public record Attempt(Instant at, Integer statusCode, String error, int durationMillis) {
    }
}
