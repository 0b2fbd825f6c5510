package nl.samenspel.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every published record has a checked-in sample under {@code src/test/resources/samples/<type>.json}:
 * the sample parses, its data becomes the record, and the record written again is the sample's data.
 * The samples are what other organisations code against; a change that breaks one breaks them.
 */
class ContractSamplesTest {

    private static final Path SAMPLES = Path.of("src/test/resources/samples");

    @TestFactory
    Stream<DynamicTest> everyRecordRoundTripsThroughItsSample() {
        return IntegrationEvents.ALL.stream().map(type -> DynamicTest.dynamicTest(type.type(), () -> {
            CloudEvent sample = IntegrationEvents.parse(read(type));

            Object data = IntegrationEvents.dataOf(sample, type);
            JsonNode written = IntegrationEvents.objectMapper().valueToTree(data);

            assertThat(sample.type()).isEqualTo(type.type());
            assertThat(sample.specversion()).isEqualTo("1.0");
            assertThat(sample.datacontenttype()).isEqualTo(CloudEvent.JSON);
            assertThat(sample.subject()).as("subject is the Kafka key and must be set").isNotBlank();
            assertThat(written).as("record written again equals the sample's data").isEqualTo(sample.data());
            assertThat(IntegrationEvents.parse(IntegrationEvents.toJson(sample))).isEqualTo(sample);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRecordIgnoresFieldsAddedLater() {
        return IntegrationEvents.ALL.stream().map(type -> DynamicTest.dynamicTest(type.type(), () -> {
            CloudEvent sample = IntegrationEvents.parse(read(type));
            ObjectNode newer = sample.data().deepCopy();
            newer.put("fieldAddedInALaterMinorVersion", "ignored");
            CloudEvent evolved = new CloudEvent(sample.specversion(), sample.id(), sample.source(), sample.type(),
                    sample.subject(), sample.time(), sample.datacontenttype(), sample.correlationid(), newer);

            assertThat(IntegrationEvents.dataOf(evolved, type)).isEqualTo(IntegrationEvents.dataOf(sample, type));
        }));
    }

    @Test
    void everySampleBelongsToAKnownType() throws IOException {
        Set<String> known = IntegrationEvents.ALL.stream().map(EventType::type).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<String> orphans = files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", ""))
                    .filter(name -> !known.contains(name))
                    .toList();
            assertThat(orphans).as("samples without a type in the contract").isEmpty();
        }
    }

    @Test
    void typesAreUnique() {
        assertThat(IntegrationEvents.ALL.stream().map(EventType::type).distinct().count())
                .isEqualTo(IntegrationEvents.ALL.size());
    }

    @Test
    void unknownTypeIsRefusedByName() {
        CloudEvent unknown = new CloudEvent("1.0", "id-1", "/elsewhere", "nl.samenspel.other.thing.v9", "s",
                null, CloudEvent.JSON, null, IntegrationEvents.objectMapper().createObjectNode());

        assertThatThrownBy(() -> IntegrationEvents.dataOf(unknown))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("nl.samenspel.other.thing.v9");
    }

    @Test
    void textThatIsNoEnvelopeIsRefused() {
        assertThatThrownBy(() -> IntegrationEvents.parse("{\"hello\":1}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IntegrationEvents.parse("not json")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String read(EventType<?> type) {
        try {
            return Files.readString(SAMPLES.resolve(type.type() + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException("No checked-in sample for " + type.type(), e);
        }
    }
}
