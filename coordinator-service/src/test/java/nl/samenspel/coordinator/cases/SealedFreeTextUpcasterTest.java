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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored revision-1 events with plaintext free text (checked-in samples) read as revision 2, the text unreadable. */
class SealedFreeTextUpcasterTest {

    private static final JacksonSerializer STRICT = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder().findAndAddModules().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build())
            .build();
    private static final SealedText BEFORE_THE_VAULT = new SealedText(SealedFreeTextUpcaster.BEFORE_THE_VAULT, "");

    @Test
    void storedWarmHandoverStaysWarmButItsPlaintextSummaryIsNoLongerRead() throws IOException {
        HandoverRequestedEvent event = upcast(HandoverRequestedEvent.class, "1", sample("HandoverRequestedEvent-1"));
        assertThat(event.summary()).isEqualTo(BEFORE_THE_VAULT);
        assertThat(event.reason()).isEqualTo(HandoverReason.EXPERTISE);
        assertThat(event.deadline()).isEqualTo(Instant.parse("2025-03-07T09:15:00Z"));
    }

    @Test
    void storedColdHandoverStaysCold() throws IOException {
        String cold = new String(sample("HandoverRequestedEvent-1"), StandardCharsets.UTF_8)
                .replaceFirst("\"summary\":\\{[^}]*}", "\"summary\":null");
        assertThat(upcast(HandoverRequestedEvent.class, "1", cold.getBytes(StandardCharsets.UTF_8)).summary()).isNull();
    }

    @Test
    void storedImprovementPointsAreNoLongerRead() throws IOException {
        ExperienceRecordedEvent event = upcast(ExperienceRecordedEvent.class, "1", sample("ExperienceRecordedEvent-1"));
        assertThat(event.improvementPoints()).isEqualTo(BEFORE_THE_VAULT);
        assertThat(event.scores().helpful()).isEqualTo(5);
    }

    @Test
    void revisionTwoIsLeftAsItIs() {
        SealedText points = new SealedText("key-1", "c2VhbGVk");
        ExperienceRecordedEvent current = new ExperienceRecordedEvent("case-1", new ExperienceScores(5, null, null, null, null),
                points, null, Instant.EPOCH);
        assertThat(upcast(ExperienceRecordedEvent.class, "2", STRICT.serialize(current, byte[].class).getData())).isEqualTo(current);
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = SealedFreeTextUpcasterTest.class.getResourceAsStream("/events/" + name + ".json")) {
            return in.readAllBytes();
        }
    }

    private static <T> T upcast(Class<T> type, String revision, byte[] payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Case", "case-1", 3, "event-1", Instant.EPOCH,
                type.getTypeName(), revision, payload, "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation upcast = new SealedFreeTextUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, STRICT))).findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        return STRICT.deserialize(upcast.getData());
    }
}
