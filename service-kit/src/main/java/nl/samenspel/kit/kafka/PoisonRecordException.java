package nl.samenspel.kit.kafka;

/** A Kafka record that can never be handled as it is (malformed, unknown type): parked at once, not retried. */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonRecordException(String message) {
        super(message);
    }
}
