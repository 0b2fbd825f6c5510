package nl.samenspel.kit.kafka;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.kit.web.CorrelationIds;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;

/** Receives integration events: parses the envelope, drops duplicates by event id, acts once in a transaction. */
public class Inbox {

    private final ProcessedEvents processedEvents;
    private final TransactionTemplate transactions;

    public Inbox(ProcessedEvents processedEvents, TransactionTemplate transactions) {
        this.processedEvents = processedEvents;
        this.transactions = transactions;
    }

    /** Hands a record to the consumer, unless it was handled before. */
    public void receive(IntegrationEventConsumer consumer, ConsumerRecord<String, String> record) {
        receive(consumer, new ReceivedRecord(record.topic(), record.value()));
    }

    /** As {@link #receive(IntegrationEventConsumer, ConsumerRecord)}, for a record kept aside (a dead letter). */
    public void receive(IntegrationEventConsumer consumer, ReceivedRecord record) {
        act(consumer, parse(record.value()), record);
    }

    /**
     * As {@link #receive(IntegrationEventConsumer, ConsumerRecord)}, for a record's value.
     *
     * @param acceptedTypes if not empty, the CloudEvents types this consumer expects; others are poison
     */
    public void receive(IntegrationEventConsumer consumer, String value, Set<String> acceptedTypes) {
        CloudEvent event = parse(value);
        if (!acceptedTypes.isEmpty() && !acceptedTypes.contains(event.type())) {
            throw new PoisonRecordException("Unexpected event type " + event.type() + " for " + consumer.name());
        }
        act(consumer, event, new ReceivedRecord(null, value));
    }

    public void receive(IntegrationEventConsumer consumer, String value) {
        receive(consumer, value, Set.of());
    }

    private void act(IntegrationEventConsumer consumer, CloudEvent event, ReceivedRecord record) {
        String previous = MDC.get(CorrelationIds.MDC_KEY);
        if (event.correlationid() != null) {
            MDC.put(CorrelationIds.MDC_KEY, event.correlationid());
        }
        try {
            transactions.executeWithoutResult(status -> {
                if (processedEvents.firstTime(consumer.name(), event.id())) {
                    consumer.on(event, record);
                }
            });
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationIds.MDC_KEY);
            } else {
                MDC.put(CorrelationIds.MDC_KEY, previous);
            }
        }
    }

    private static CloudEvent parse(String value) {
        if (value == null) {
            throw new PoisonRecordException("Empty record value");
        }
        try {
            CloudEvent event = IntegrationEvents.parse(value);
            if (IntegrationEvents.typeOf(event.type()).isEmpty()) {
                throw new PoisonRecordException("Unknown CloudEvents type " + event.type());
            }
            return event;
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException("Not a readable CloudEvents record: " + e.getMessage(), e);
        }
    }
}
