package nl.samenspel.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked-in AsyncAPI document ({@code src/main/resources/nl/samenspel/events/asyncapi.json}, served by the
 * services) describes exactly the registered topics and types: each registered type is a message on the channel of
 * its topic and each message of the document a registered type, and the whole document is what
 * {@link AsyncApiDocumentWriter} writes from the registry and the records' Javadoc. After changing the contract,
 * write the document again with {@code -Dasyncapi.write=true}.
 */
class AsyncApiDocumentTest {

    static final Path DOCUMENT = Path.of("src/main/resources/nl/samenspel/events/asyncapi.json");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @BeforeAll
    static void writeWhenAsked() throws IOException {
        if (Boolean.getBoolean("asyncapi.write")) {
            Files.writeString(DOCUMENT, MAPPER.writeValueAsString(AsyncApiDocumentWriter.document()) + "\n");
        }
    }

    @Test
    void documentIsWhatTheRegistryAndTheRecordsSay() throws IOException {
        JsonNode expected = AsyncApiDocumentWriter.document();
        assertThat(checkedIn())
                .as("%s differs from the registry; write it again with -Dasyncapi.write=true", DOCUMENT)
                .isEqualTo(expected);
    }

    @Test
    void everyRegisteredTypeIsAMessageOnItsTopicsChannelAndNothingElseIs() throws IOException {
        JsonNode channels = checkedIn().path("channels");
        Set<String> documented = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = channels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> channel = it.next();
            if (channel.getValue().path("address").isNull()) {
                continue;
            }
            addresses.add(channel.getValue().path("address").asText());
            channel.getValue().path("messages").fieldNames()
                    .forEachRemaining(type -> documented.add(type + " on " + channel.getValue().path("address").asText()));
        }
        Set<String> registered = IntegrationEvents.ALL.stream()
                .map(type -> type.type() + " on " + AsyncApiDocumentWriter.address(type.topic()))
                .collect(Collectors.toSet());
        Set<String> topics = IntegrationEvents.ALL.stream()
                .map(type -> AsyncApiDocumentWriter.address(type.topic())).collect(Collectors.toSet());

        assertThat(documented).as("messages per channel").containsExactlyInAnyOrderElementsOf(registered);
        assertThat(addresses).as("channels").containsExactlyInAnyOrderElementsOf(topics);
    }

    @Test
    void webhookDeliveriesCarryExactlyTheFactsOnTheHandoverAndMunicipalityTopics() throws IOException {
        Set<String> delivered = new HashSet<>();
        checkedIn().path("channels").path("webhookDeliveries").path("messages").fieldNames().forEachRemaining(delivered::add);

        assertThat(delivered).containsExactlyInAnyOrderElementsOf(IntegrationEvents.ALL.stream()
                .filter(type -> AsyncApiDocumentWriter.deliveredByWebhook(type.topic())).map(EventType::type).toList());
    }

    @TestFactory
    Stream<DynamicTest> everySampleHasTheFieldsItsSchemaRequires() throws IOException {
        JsonNode schemas = checkedIn().path("components").path("schemas");
        return IntegrationEvents.ALL.stream().map(type -> DynamicTest.dynamicTest(type.type(), () -> {
            JsonNode data = IntegrationEvents.parse(Files.readString(Path.of("src/test/resources/samples", type.type() + ".json"))).data();
            JsonNode schema = schemas.path(type.dataClass().getSimpleName());
            Set<String> properties = new HashSet<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> written = new HashSet<>();
            data.fieldNames().forEachRemaining(written::add);

            assertThat(properties).as("the sample's fields are in the schema").containsAll(written);
            schema.path("required").forEach(name -> assertThat(data.has(name.asText()))
                    .as("required field %s in the sample", name.asText()).isTrue());
        }));
    }

    private static JsonNode checkedIn() throws IOException {
        return MAPPER.readTree(Files.readString(DOCUMENT));
    }
}
