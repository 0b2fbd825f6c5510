package nl.samenspel.kit.kafka;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.EventType;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.kit.axon.CorrelationIdInterceptor;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends integration events to Kafka synchronously. Call it only from a tracking event handler in a service's
 * {@code integration} package: the handler's token advances only after Kafka acknowledged the record
 * ({@code acks=all}, idempotent producer), and a failure makes the processor retry the event. So a record
 * reaches Kafka if and only if its event was committed, at least once, in event-store order.
 */
public class IntegrationEventPublisher {

    private final KafkaTemplate<String, String> kafka;
    private final String source;
    private final Duration timeout;

    public IntegrationEventPublisher(KafkaTemplate<String, String> kafka, String serviceName, Duration timeout) {
        this.kafka = kafka;
        this.source = Topics.sourceOf(serviceName);
        this.timeout = timeout;
    }

    /**
     * Publishes {@code data} as the integration event caused by {@code origin}; the CloudEvents id is the
     * origin's event id, the time its timestamp, the subject (and Kafka key) {@code subject}.
     */
    public <T> CloudEvent publish(EventMessage<?> origin, EventType<T> type, String topic, String subject, T data) {
        return publish(origin, origin.getIdentifier(), type, topic, subject, data);
    }

    /**
     * As {@link #publish(EventMessage, EventType, String, String, Object)}, with an explicit id: for the second
     * and later records one internal event causes (for example a copy addressed to an organisation).
     */
    public <T> CloudEvent publish(EventMessage<?> origin, String id, EventType<T> type, String topic, String subject, T data) {
        Object correlationId = origin.getMetaData().get(CorrelationIdInterceptor.KEY);
        CloudEvent event = IntegrationEvents.envelope(type, id, source, subject, origin.getTimestamp(),
                correlationId == null ? null : correlationId.toString(), data);
        send(topic, event);
        return event;
    }

    /** Sends a ready envelope and waits for the broker's acknowledgement. */
    public void send(String topic, CloudEvent event) {
        try {
            kafka.send(topic, event.subject(), IntegrationEvents.toJson(event)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(topic, event, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new PublishFailedException(topic, event, e);
        }
    }

    /** Kafka did not acknowledge a record; the publishing processor will retry it. */
    public static class PublishFailedException extends RuntimeException {
        PublishFailedException(String topic, CloudEvent event, Throwable cause) {
            super("Kafka did not acknowledge " + event.type() + " " + event.id() + " on " + topic + ": " + cause.getMessage(), cause);
        }
    }
}
