package nl.samenspel.kit.kafka;

/**
 * A Kafka record as a consumer received it.
 *
 * @param topic the topic it was read from; {@code null} when not known (a value handed over without its record)
 * @param value the record's value, exactly as read
 */
public record ReceivedRecord(String topic, String value) {
}
