package nl.samenspel.kit.kafka;

import nl.samenspel.events.CloudEvent;

/**
 * Something in a service's {@code integration} package that acts on integration events from another service.
 * Its {@code @KafkaListener} hands each record to {@link Inbox#receive}, which calls {@link #on} once per
 * event id, inside a transaction.
 */
public interface IntegrationEventConsumer {

    /**
     * Goes before the name in every {@code @KafkaListener}'s group id: {@code samenspel.kafka.consumer-group-prefix},
     * empty unless set. Every instance of a service joins the same groups, so the instances share the partitions;
     * another deployment on the same cluster (or a test) sets a prefix of its own and reads every record itself.
     */
    String GROUP_PREFIX = "${samenspel.kafka.consumer-group-prefix:}";

    /** The consumer's name; also, after {@link #GROUP_PREFIX}, its Kafka consumer group id, and its key for duplicate detection. */
    String name();

    /**
     * Acts on one event, typically by sending a command. Throw {@link PoisonRecordException} for an event this
     * consumer can never handle; any other exception is retried and then parked as a dead letter.
     */
    void on(CloudEvent event);

    /**
     * As {@link #on(CloudEvent)}, for a consumer that needs to know the topic the event came from or the record's
     * exact value; by default the same as {@link #on(CloudEvent)}.
     */
    default void on(CloudEvent event, ReceivedRecord record) {
        on(event);
    }
}
