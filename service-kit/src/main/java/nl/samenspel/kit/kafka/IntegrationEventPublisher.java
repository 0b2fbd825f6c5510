package nl.samenspel.kit.kafka;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.EventType;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.kit.axon.CorrelationIdInterceptor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends integration events to Kafka. Call it only from a tracking event handler in a service's {@code integration}
 * package: the handler's token advances only after Kafka acknowledged the record ({@code acks=all}, idempotent
 * producer), and a failure makes the processor retry the event. So a record reaches Kafka if and only if its event
 * was committed, at least once, in event-store order.
 *
 * <p>Within a unit of work (a tracking processor's batch) the records are sent without waiting, and the
 * acknowledgements are awaited once, when the unit of work prepares its commit, before the token is committed:
 * one round trip per batch instead of one per event. Order per key holds: one producer, sends in handler order,
 * idempotence with one request in flight (samenspel-defaults.yml says why not more). A record that is not
 * acknowledged fails the batch, which the processor retries from its last token (records already sent are then sent
 * again: at least once).
 */
public class IntegrationEventPublisher {

    /** The unit of work's records still waiting for their acknowledgement. */
    private static final String UNACKNOWLEDGED = IntegrationEventPublisher.class.getName() + ".unacknowledged";

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

    /**
     * Sends a ready envelope; waits for the broker's acknowledgement now or, inside a unit of work, before it
     * commits.
     */
    public void send(String topic, CloudEvent event) {
        Sent sent;
        try {
            sent = new Sent(topic, event, kafka.send(topic, event.subject(), IntegrationEvents.toJson(event)));
        } catch (RuntimeException e) {
            throw new PublishFailedException(topic, event, e);
        }
        if (CurrentUnitOfWork.isStarted()) {
            unacknowledged(CurrentUnitOfWork.get().root()).add(sent);
        } else {
            sent.awaitAcknowledgement(System.nanoTime() + timeout.toNanos());
        }
    }

    private List<Sent> unacknowledged(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(UNACKNOWLEDGED, key -> {
            List<Sent> sends = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> {
                long deadline = System.nanoTime() + timeout.toNanos();
                for (Sent sent : sends) {
                    sent.awaitAcknowledgement(deadline);
                }
            });
            return sends;
        });
    }

    /** A record handed to the producer, and its acknowledgement to come. */
    private record Sent(String topic, CloudEvent event, CompletableFuture<?> acknowledgement) {

        void awaitAcknowledgement(long deadlineNanos) {
            try {
                acknowledgement.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishFailedException(topic, event, e);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                throw new PublishFailedException(topic, event, e);
            }
        }
    }

    /** Kafka did not acknowledge a record; the publishing processor will retry it. */
    public static class PublishFailedException extends RuntimeException {
        PublishFailedException(String topic, CloudEvent event, Throwable cause) {
            super("Kafka did not acknowledge " + event.type() + " " + event.id() + " on " + topic + ": " + cause.getMessage(), cause);
        }
    }
}
