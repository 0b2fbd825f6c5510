package nl.samenspel.signalling.integration;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.EventType;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.network.CoverageGapClosed;
import nl.samenspel.events.network.CoverageGapOpened;
import nl.samenspel.events.network.NetworkEvents;
import nl.samenspel.events.signalling.SignallingEvents;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.signalling.AsCaller;
import nl.samenspel.signalling.Eventually;
import nl.samenspel.signalling.SharedContext;
import nl.samenspel.signalling.TopicReader;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static nl.samenspel.signalling.AsCaller.TOKENS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage gaps as the network-service reports them while its region fills (every cell empty, then a supporter
 * turns one empty cell into gaps of the kinds still missing), delivered again and replayed, over a real Kafka broker
 * and PostgreSQL: the municipality has exactly one open collective signal per open gap, and a gap's signal closes
 * when the gap does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SharedContext.PROPERTIES)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class CoverageGapSignalsIT {

    /** No other test sends coverage gaps for Noordwijk. */
    private static final String NOORDWIJK = "GM0575";
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    @Autowired
    TestRestTemplate http;

    @Test
    void openGapsAndOpenGapSignalsAreOneToOneThroughRedeliveryReplayAndARegistrationThatClosesAGap() {
        List<List<String>> firstRegion = List.of(gap("OLDER_PEOPLE", "HOUSING", "ANY"),
                gap("OLDER_PEOPLE", "CARE_AND_SUPPORT", "ANY"), gap("YOUNG_PEOPLE", "HOUSING", "ANY"));
        try (var producer = producer()) {
            List<CloudEvent> opened = new ArrayList<>();
            firstRegion.forEach(gap -> opened.add(send(producer, NetworkEvents.COVERAGE_GAP_OPENED, opened(gap))));
            // A formal supporter for older people in care and support: the empty cell's gap closes, two kinds stay missing.
            send(producer, NetworkEvents.COVERAGE_GAP_CLOSED, closed(gap("OLDER_PEOPLE", "CARE_AND_SUPPORT", "ANY")));
            send(producer, NetworkEvents.COVERAGE_GAP_OPENED, opened(gap("OLDER_PEOPLE", "CARE_AND_SUPPORT", "INFORMAL")));
            send(producer, NetworkEvents.COVERAGE_GAP_OPENED, opened(gap("OLDER_PEOPLE", "CARE_AND_SUPPORT", "EXPERIENCE_EXPERT")));
            // Delivered again (same CloudEvents id), and replayed by the network (a new id for a gap that is open).
            producer.send(new ProducerRecord<>(Topics.NETWORK_COVERAGE, NOORDWIJK, IntegrationEvents.toJson(opened.get(0))));
            send(producer, NetworkEvents.COVERAGE_GAP_OPENED, opened(gap("YOUNG_PEOPLE", "HOUSING", "ANY")));
            send(producer, NetworkEvents.COVERAGE_GAP_OPENED, opened(gap("OLDER_PEOPLE", "CARE_AND_SUPPORT", "INFORMAL")));
            // Records of one municipality are read in order: once the last one shows, all before it were handled.
            send(producer, NetworkEvents.COVERAGE_GAP_OPENED, opened(gap("OLDER_PEOPLE", "TRANSPORT", "ANY")));
            producer.flush();
        }
        Set<List<String>> openGaps = Set.of(gap("OLDER_PEOPLE", "HOUSING", "ANY"), gap("YOUNG_PEOPLE", "HOUSING", "ANY"),
                gap("OLDER_PEOPLE", "CARE_AND_SUPPORT", "INFORMAL"),
                gap("OLDER_PEOPLE", "CARE_AND_SUPPORT", "EXPERIENCE_EXPERT"), gap("OLDER_PEOPLE", "TRANSPORT", "ANY"));

        List<JsonNode> signals = Eventually.read(Duration.ofSeconds(60), this::gapSignals,
                list -> list.stream().anyMatch(signal -> signal.path("lifeDomains").toString().contains("TRANSPORT")));
        assertThat(open(signals)).as("one open signal per open gap").hasSize(openGaps.size());
        assertThat(open(signals).stream().map(CoverageGapSignalsIT::gapOf).toList()).containsExactlyInAnyOrderElementsOf(openGaps);
        assertThat(signals).as("every gap that opened raised one signal, the closed one closed").hasSize(openGaps.size() + 1);
        JsonNode closedSignal = signals.stream().filter(signal -> !isOpen(signal)).findFirst().orElseThrow();
        assertThat(closedSignal.path("status").asText()).isEqualTo("CLOSED");
        assertThat(gapOf(closedSignal)).isEqualTo(gap("OLDER_PEOPLE", "CARE_AND_SUPPORT", "ANY"));
        assertThat(closedSignal.path("acknowledgementOverdue").asBoolean()).isFalse();

        // A supporter registration closes one more gap; the closing fact delivered twice closes nothing else.
        try (var producer = producer()) {
            CloudEvent closing = send(producer, NetworkEvents.COVERAGE_GAP_CLOSED, closed(gap("OLDER_PEOPLE", "TRANSPORT", "ANY")));
            producer.send(new ProducerRecord<>(Topics.NETWORK_COVERAGE, NOORDWIJK, IntegrationEvents.toJson(closing)));
            send(producer, NetworkEvents.COVERAGE_GAP_CLOSED, closed(gap("OLDER_PEOPLE", "TRANSPORT", "ANY")));
            producer.flush();
        }
        List<JsonNode> after = Eventually.read(Duration.ofSeconds(60), this::gapSignals, list -> open(list).size() == 4);
        assertThat(open(after).stream().map(CoverageGapSignalsIT::gapOf).toList())
                .containsExactlyInAnyOrder(gap("OLDER_PEOPLE", "HOUSING", "ANY"), gap("YOUNG_PEOPLE", "HOUSING", "ANY"),
                        gap("OLDER_PEOPLE", "CARE_AND_SUPPORT", "INFORMAL"),
                        gap("OLDER_PEOPLE", "CARE_AND_SUPPORT", "EXPERIENCE_EXPERT"));
        assertThat(after).hasSize(openGaps.size() + 1);

        String transportSignal = after.stream().filter(signal -> gapOf(signal).equals(gap("OLDER_PEOPLE", "TRANSPORT", "ANY")))
                .findFirst().orElseThrow().path("collectiveSignalId").asText();
        var resolved = TopicReader.read(Topics.municipality(NOORDWIJK), TopicReader.atLeast(1,
                SignallingEvents.COLLECTIVE_SIGNAL_RESOLVED.type(), event -> event.subject().equals(transportSignal)));
        assertThat(resolved.stream().filter(event -> event.type().equals(SignallingEvents.COLLECTIVE_SIGNAL_RESOLVED.type())
                && event.subject().equals(transportSignal)).map(event -> event.data().path("reason").asText()).toList())
                .containsExactly("COVERAGE_GAP_CLOSED");
    }

    /** Noordwijk's collective signals raised from coverage gaps, as the municipality reads them. */
    private List<JsonNode> gapSignals() {
        JsonNode all = http.exchange("/municipalities/" + NOORDWIJK + "/collective-signals", HttpMethod.GET,
                AsCaller.request(TOKENS.municipality(NOORDWIJK), null), JsonNode.class).getBody();
        return StreamSupport.stream(all.spliterator(), false)
                .filter(signal -> signal.path("origin").asText().equals("COVERAGE_GAP")).toList();
    }

    private static List<JsonNode> open(List<JsonNode> signals) {
        return signals.stream().filter(CoverageGapSignalsIT::isOpen).toList();
    }

    private static boolean isOpen(JsonNode signal) {
        return Set.of("RAISED", "ACKNOWLEDGED").contains(signal.path("status").asText());
    }

    /** The gap a signal is about: target group and life domain from the view, the missing kind from its summary. */
    private static List<String> gapOf(JsonNode signal) {
        String summary = signal.path("summary").asText();
        String kind = summary.startsWith("No eligible informal ") ? "INFORMAL"
                : summary.startsWith("No eligible experience expert ") ? "EXPERIENCE_EXPERT"
                : summary.startsWith("No eligible formal ") ? "FORMAL" : "ANY";
        return gap(signal.path("targetGroups").get(0).asText(), signal.path("lifeDomains").get(0).asText(), kind);
    }

    private static List<String> gap(String targetGroup, String lifeDomain, String kind) {
        return List.of(targetGroup, lifeDomain, kind);
    }

    private static CoverageGapOpened opened(List<String> gap) {
        return new CoverageGapOpened(NOORDWIJK, gap.get(0), gap.get(1), gap.get(2));
    }

    private static CoverageGapClosed closed(List<String> gap) {
        return new CoverageGapClosed(NOORDWIJK, gap.get(0), gap.get(1), gap.get(2));
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    private static <T> CloudEvent send(KafkaProducer<String, String> producer, EventType<T> type, T data) {
        CloudEvent event = IntegrationEvents.envelope(type, UUID.randomUUID().toString(),
                Topics.sourceOf("network-service"), NOORDWIJK, NOW, null, data);
        producer.send(new ProducerRecord<>(type.topic(), NOORDWIJK, IntegrationEvents.toJson(event)));
        return event;
    }
}
