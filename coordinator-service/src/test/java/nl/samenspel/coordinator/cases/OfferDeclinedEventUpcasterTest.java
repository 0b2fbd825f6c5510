package nl.samenspel.coordinator.cases;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored revision-1 offer declines (checked-in sample) read as revision 2. */
class OfferDeclinedEventUpcasterTest {

    /** Strict like the service's serializer: a field left over from revision 1 would fail deserialisation. */
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder().findAndAddModules().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build())
            .build();
    private static final String CASE = "0d7c5a52-6a3e-4f7e-9a1b-3c2f0e8d4b11";

    @Test
    void revisionOneReasonBecomesTheDeclineReason() throws IOException {
        List<IntermediateEventRepresentation> upcast = upcast(stored("1", sample()));

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        OfferDeclinedEvent event = SERIALIZER.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new OfferDeclinedEvent(CASE, CASE + "/offer-1", "6f1c2a9e-3b7d-4c51-9a0e-2d8f4b6c1a01",
                DeclineReason.NO_CAPACITY, Instant.parse("2025-03-04T09:15:00Z")));
    }

    @Test
    void revisionTwoIsLeftAsItIs() {
        OfferDeclinedEvent current = new OfferDeclinedEvent(CASE, CASE + "/offer-2", "org", DeclineReason.OTHER, Instant.EPOCH);
        byte[] payload = SERIALIZER.serialize(current, byte[].class).getData();

        List<IntermediateEventRepresentation> upcast = upcast(stored("2", payload));

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        assertThat((OfferDeclinedEvent) SERIALIZER.deserialize(upcast.get(0).getData())).isEqualTo(current);
    }

    static byte[] sample() throws IOException {
        try (InputStream in = OfferDeclinedEventUpcasterTest.class.getResourceAsStream("/events/OfferDeclinedEvent-1.json")) {
            return in.readAllBytes();
        }
    }

    private static GenericDomainEventEntry<byte[]> stored(String revision, byte[] payload) {
        return new GenericDomainEventEntry<>("Case", CASE, 1, "event-1", Instant.EPOCH, OfferDeclinedEvent.class.getTypeName(),
                revision, payload, "{}".getBytes());
    }

    private static List<IntermediateEventRepresentation> upcast(GenericDomainEventEntry<byte[]> entry) {
        return new OfferDeclinedEventUpcaster().upcast(Stream.of(new InitialEventRepresentation(entry, SERIALIZER))).toList();
    }
}
