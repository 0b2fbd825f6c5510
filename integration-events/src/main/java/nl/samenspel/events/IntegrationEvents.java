package nl.samenspel.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.events.network.NetworkEvents;
import nl.samenspel.events.notification.NotificationEvents;
import nl.samenspel.events.signalling.SignallingEvents;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reading and writing the contract: the registry of every published {@link EventType}, and the JSON codec
 * for {@link CloudEvent} envelopes and their data records.
 */
public final class IntegrationEvents {

    /** Every fact in this version of the contract, of all producing services. */
    public static final List<EventType<?>> ALL = Stream.of(NetworkEvents.ALL, CoordinatorEvents.ALL, SignallingEvents.ALL,
            NotificationEvents.ALL)
            .flatMap(List::stream)
            .toList();

    private static final Map<String, EventType<?>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private IntegrationEvents() {
    }

    /** A mapper configured the way the contract is written: ISO-8601 times, unknown fields ignored. */
    public static ObjectMapper objectMapper() {
        return MAPPER;
    }

    /** The event type with this CloudEvents {@code type}, if this version of the contract knows it. */
    public static Optional<EventType<?>> typeOf(String cloudEventType) {
        return Optional.ofNullable(BY_TYPE.get(cloudEventType));
    }

    /**
     * Wraps a fact in its envelope.
     *
     * @param source the producing service's source URI, see {@link Topics#sourceOf(String)}
     */
    public static <T> CloudEvent envelope(EventType<T> type, String id, String source, String subject, Instant time,
                                          String correlationId, T data) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, id, source, type.type(), subject, time, CloudEvent.JSON,
                correlationId, MAPPER.valueToTree(data));
    }

    /** The envelope as the JSON text that is the Kafka record's value. */
    public static String toJson(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write CloudEvent " + event.id(), e);
        }
    }

    /**
     * Parses a Kafka record's value.
     *
     * @throws IllegalArgumentException when the text is not a CloudEvents envelope
     */
    public static CloudEvent parse(String json) {
        try {
            CloudEvent event = MAPPER.readValue(json, CloudEvent.class);
            if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
                throw new IllegalArgumentException("Unsupported CloudEvents specversion " + event.specversion());
            }
            return event;
        } catch (JsonProcessingException | NullPointerException e) {
            throw new IllegalArgumentException("Not a CloudEvents 1.0 JSON envelope: " + e.getMessage(), e);
        }
    }

    /** The envelope's data as the record of the given type. */
    public static <T> T dataOf(CloudEvent event, EventType<T> type) {
        if (!type.type().equals(event.type())) {
            throw new IllegalArgumentException("Event " + event.id() + " is a " + event.type() + ", not a " + type.type());
        }
        try {
            return MAPPER.treeToValue(event.data(), type.dataClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Event " + event.id() + " has data that does not fit " + type.type()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * The envelope's data as the record its type names.
     *
     * @throws UnknownEventTypeException when the type is not part of this version of the contract
     */
    public static Object dataOf(CloudEvent event) {
        EventType<?> type = typeOf(event.type()).orElseThrow(() -> new UnknownEventTypeException(event.type()));
        return dataOf(event, type);
    }
}
