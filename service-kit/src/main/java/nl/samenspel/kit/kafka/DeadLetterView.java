package nl.samenspel.kit.kafka;

import java.time.Instant;

/** A parked Kafka record as an operator sees it (without its value, which may be large). */
public record DeadLetterView(long id, String consumer, String topic, int partition, long offset, String key,
                             String error, Instant receivedAt, Instant retriedAt) {
}
