package nl.samenspel.events;

import java.util.Objects;

/**
 * One published fact: its CloudEvents {@code type}, the record its {@code data} holds and the topic it goes to.
 *
 * @param type      the CloudEvents type, {@code nl.samenspel.<service>.<fact>.v<version>}
 * @param dataClass the record in this module that {@code data} deserialises to
 * @param topic     the Kafka topic, {@code <service>.<stream>.v<version>}; for per-recipient topics the
 *                  pattern with {@code <...>} placeholders (see {@link Topics})
 * @param <T>       the data record
 */
public record EventType<T>(String type, Class<T> dataClass, String topic) {

    public EventType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dataClass, "dataClass");
        Objects.requireNonNull(topic, "topic");
        if (!type.matches("nl\\.samenspel\\.[a-z]+\\.[a-z0-9-]+\\.v[0-9]+")) {
            throw new IllegalArgumentException("CloudEvents type must look like nl.samenspel.<service>.<fact>.v1: " + type);
        }
    }
}
