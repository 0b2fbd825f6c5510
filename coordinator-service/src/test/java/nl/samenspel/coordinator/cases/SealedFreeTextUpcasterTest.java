package nl.samenspel.coordinator.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Revision-1 events as they were stored (plaintext free text) are read as revision 2, their text unreadable. */
class SealedFreeTextUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    void storedWarmHandoverStaysWarmButItsPlaintextSummaryIsNoLongerRead() {
        HandoverRequestedEvent event = upcast(HandoverRequestedEvent.class, """
                {"caseReference":"case-1","handoverId":"h-1","fromOrganisationId":"org-volunteers",
                 "fromSupporterId":"sup-informal","fromSupportKind":"INFORMAL","toOrganisationId":"org-professionals",
                 "toSupporterId":null,"reason":"EXPERTISE","summary":{"questionSoFar":"Help with an objection",
                 "agreementsMade":"Weekly call","nextSteps":"Draft objection"},"coSupport":false,
                 "deadline":"2026-03-05T09:00:00Z","requestedAt":"2026-03-02T09:00:00Z"}""");
        assertThat(event.summary()).isEqualTo(new SealedText(SealedFreeTextUpcaster.BEFORE_THE_VAULT, ""));
        assertThat(event.handoverId()).isEqualTo("h-1");
    }

    @Test
    void storedColdHandoverStaysCold() {
        HandoverRequestedEvent event = upcast(HandoverRequestedEvent.class, """
                {"caseReference":"case-1","handoverId":"h-1","toOrganisationId":"org-professionals","reason":"EXPERTISE",
                 "summary":null,"coSupport":true,"deadline":"2026-03-05T09:00:00Z","requestedAt":"2026-03-02T09:00:00Z"}""");
        assertThat(event.summary()).isNull();
    }

    @Test
    void storedImprovementPointsAreNoLongerRead() {
        ExperienceRecordedEvent event = upcast(ExperienceRecordedEvent.class, """
                {"caseReference":"case-1","scores":{"helpful":5},"improvementPoints":"More evening hours",
                 "supportKind":"INFORMAL","recordedAt":"2026-03-02T09:00:00Z"}""");
        assertThat(event.improvementPoints().keyId()).isEqualTo(SealedFreeTextUpcaster.BEFORE_THE_VAULT);
        assertThat(event.scores().helpful()).isEqualTo(5);
    }

    private <T> T upcast(Class<T> type, String revisionOneJson) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Case", "case-1", 3, "event-1",
                Instant.parse("2026-03-02T09:00:00Z"), type.getName(), "1",
                revisionOneJson.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation upcast = new SealedFreeTextUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        SerializedObject<?> data = upcast.getData();
        return serializer.deserialize(data);
    }
}
