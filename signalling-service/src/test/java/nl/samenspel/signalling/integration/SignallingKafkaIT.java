package nl.samenspel.signalling.integration;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.EventType;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CaseAcceptanceOverdue;
import nl.samenspel.events.coordinator.CaseAccepted;
import nl.samenspel.events.coordinator.CaseClosed;
import nl.samenspel.events.coordinator.CaseDispatched;
import nl.samenspel.events.coordinator.CaseOpened;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.events.network.CoverageGapOpened;
import nl.samenspel.events.network.NetworkEvents;
import nl.samenspel.events.signalling.CollectiveSignalRaised;
import nl.samenspel.events.signalling.MonitoringReportPublished;
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
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static nl.samenspel.signalling.AsCaller.TOKENS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end over a real PostgreSQL and a real Kafka broker: the coordinator's lifecycle facts and the network's
 * coverage gaps arrive in their producers' contract format (written by a plain KafkaProducer); collective signals
 * and the monthly report come out on the municipality's topic, read back by a plain KafkaConsumer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SharedContext.PROPERTIES)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class SignallingKafkaIT {

    private static final String HILLEGOM = "GM0534";
    private static final Instant OCTOBER = Instant.parse("2026-10-05T09:00:00Z");

    @Autowired
    TestRestTemplate http;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void lifecycleFactsAndCoverageGapsBecomeCollectiveSignalsAndAProtectedMonthlyReportOnTheMunicipalityTopic() {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 12; i++) {
                String reference = UUID.randomUUID().toString();
                Instant opened = OCTOBER.plus(Duration.ofDays(i));
                send(producer, CoordinatorEvents.CASE_OPENED, reference, opened, new CaseOpened(reference, HILLEGOM,
                        null, List.of("CARE_AND_SUPPORT"), List.of("OLDER_PEOPLE"), i < 10 ? "ACCESS" : "ORIENTATION",
                        "NORMAL", List.of(), "COORDINATOR", opened, "R-IT-" + (i % 9)));
                send(producer, CoordinatorEvents.CASE_ACCEPTED, reference, opened.plus(Duration.ofHours(20 + i)),
                        new CaseAccepted(reference, HILLEGOM, "INFORMAL", "org-kbo", opened.plus(Duration.ofHours(20 + i))));
                if (i < 5) {
                    send(producer, CoordinatorEvents.CASE_DISPATCHED, reference, opened, new CaseDispatched(reference,
                            HILLEGOM, "org-mee", null, "FORMAL", opened.plus(Duration.ofHours(8)), opened));
                    send(producer, CoordinatorEvents.CASE_ACCEPTANCE_OVERDUE, reference, opened.plus(Duration.ofHours(10)),
                            new CaseAcceptanceOverdue(reference, HILLEGOM, "org-mee", opened.plus(Duration.ofHours(8)),
                                    opened.plus(Duration.ofHours(10))));
                }
                if (i < 3) {
                    send(producer, CoordinatorEvents.CASE_CLOSED, reference, opened.plus(Duration.ofDays(9)),
                            new CaseClosed(reference, HILLEGOM, "RESOLVED", "INFORMAL", 240, opened, 9,
                                    opened.plus(Duration.ofDays(9))));
                }
            }
            send(producer, CoordinatorEvents.CASE_OPENED, "elsewhere", OCTOBER, new CaseOpened("elsewhere", "GM0392",
                    null, List.of(), List.of(), "ACCESS", "NORMAL", List.of(), "COORDINATOR", OCTOBER, null));
            send(producer, NetworkEvents.COVERAGE_GAP_OPENED, HILLEGOM, OCTOBER,
                    new CoverageGapOpened(HILLEGOM, "MENTAL_HEALTH", "HOUSING", "EXPERIENCE_EXPERT"));
            producer.flush();
        }

        List<CloudEvent> raised = readMunicipalityTopic(events -> events.stream()
                .filter(e -> e.type().equals(SignallingEvents.COLLECTIVE_SIGNAL_RAISED.type())).count() >= 2);
        List<CollectiveSignalRaised> signals = raised.stream()
                .filter(e -> e.type().equals(SignallingEvents.COLLECTIVE_SIGNAL_RAISED.type()))
                .map(e -> IntegrationEvents.dataOf(e, SignallingEvents.COLLECTIVE_SIGNAL_RAISED)).toList();
        assertThat(signals).extracting(CollectiveSignalRaised::origin).containsExactlyInAnyOrder("CASE_LIFECYCLE", "COVERAGE_GAP");
        assertThat(signals).allMatch(signal -> signal.municipalityCode().equals(HILLEGOM));
        CollectiveSignalRaised gap = signals.stream().filter(s -> s.origin().equals("COVERAGE_GAP")).findFirst().orElseThrow();
        assertThat(gap.categoryCode()).isEqualTo("MISSING_PROVISION");
        assertThat(gap.targetGroups()).containsExactly("MENTAL_HEALTH");

        String hillegom = TOKENS.municipality(HILLEGOM);
        // Reports exist only once published, so wait for the facts in the read model before publishing.
        Eventually.read(Duration.ofSeconds(30), () -> jdbc.queryForObject("select count(*) from monitoring_case "
                + "where municipality_code = ? and accepted_at is not null", Integer.class, HILLEGOM), count -> count == 12);
        assertThat(publish("/municipalities/GM0534/reports/2026-10/publish").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode read = get("/municipalities/GM0534/reports/2026-10", hillegom, JsonNode.class);
        assertThat(figure(read, "cases-accepted", "total", "ALL").path("value").asInt()).isEqualTo(10);
        assertThat(figure(read, "residents", "total", "ALL").path("presentation").asText()).isEqualTo("rounded");

        CloudEvent published = readMunicipalityTopic(events -> events.stream()
                .anyMatch(e -> e.type().equals(SignallingEvents.MONITORING_REPORT_PUBLISHED.type()))).stream()
                .filter(e -> e.type().equals(SignallingEvents.MONITORING_REPORT_PUBLISHED.type())).findFirst().orElseThrow();
        assertThat(published.subject()).isEqualTo("GM0534/2026-10");
        MonitoringReportPublished report = IntegrationEvents.dataOf(published, SignallingEvents.MONITORING_REPORT_PUBLISHED);
        assertThat(report.period()).isEqualTo("2026-10");
        assertThat(report.threshold()).isEqualTo(8);
        assertThat(value(report, "cases-opened", "total", "ALL")).isEqualTo(10);
        assertThat(suppressed(report, "cases-opened", "phase", "ORIENTATION")).as("2 cases: too few to show").isTrue();
        assertThat(suppressed(report, "cases-closed", "total", "ALL")).as("3 closings").isTrue();
        assertThat(report.figures()).filteredOn(f -> !f.indicator().equals("supporters") && !f.indicator().equals("coverage-gaps"))
                .allMatch(f -> f.suppressed() || f.value() % 5 == 0 && f.value() >= 8);
        assertThat(report.statistics()).filteredOn(s -> s.indicator().equals("throughput-days"))
                .allMatch(MonitoringReportPublished.Statistic::suppressed);
        assertThat(report.statistics()).filteredOn(s -> s.indicator().equals("acceptance-hours") && s.measure().equals("median"))
                .singleElement().satisfies(s -> {
                    assertThat(s.value()).isEqualTo(25.5);
                    assertThat(s.unit()).isEqualTo("hours");
                });
        assertThat(report.figures()).anyMatch(f -> f.indicator().equals("coverage-gaps") && f.dimension().equals("total")
                && f.value() == 1);

        assertThat(publish("/municipalities/GM0534/reports/2026-10/publish").getStatusCode())
                .as("a period is published once").isEqualTo(HttpStatus.CONFLICT);
        JsonNode list = Eventually.read(Duration.ofSeconds(30), () -> get("/municipalities/GM0534/published-reports",
                hillegom, JsonNode.class), reports -> reports.findValuesAsText("period").contains("2026-10"));
        assertThat(list.get(0).path("publishedAt").isMissingNode()).isFalse();
        JsonNode asPublished = get("/municipalities/GM0534/published-reports/2026-10", hillegom, JsonNode.class);
        assertThat(figure(asPublished, "cases-opened", "total", "ALL").path("value").asInt()).isEqualTo(10);
        assertThat(figure(asPublished, "cases-opened", "phase", "ORIENTATION").path("suppressed").asBoolean()).isTrue();
        assertThat(http.exchange("/municipalities/GM0534/published-reports", HttpMethod.GET,
                AsCaller.request(TOKENS.municipality("GM0553"), null), JsonNode.class).getStatusCode())
                .as("another municipality").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.exchange("/municipalities/GM0534/published-reports/2026-09", HttpMethod.GET,
                AsCaller.request(hillegom, null), JsonNode.class).getStatusCode())
                .as("a period not published").isEqualTo(HttpStatus.NOT_FOUND);
        String csv = get("/municipalities/GM0534/reports/2026-10/csv", hillegom, String.class);
        assertThat(csv).contains("GM0534,2026-10,count,cases-opened,phase,ORIENTATION,,true");
        String page = get("/municipalities/GM0534/monitoring?period=2026-10", hillegom, String.class);
        assertThat(page).contains("<svg", "Hillegom", "Cases opened per month").doesNotContain("<script");
    }

    private <T> T get(String path, String token, Class<T> type) {
        return http.exchange(path, HttpMethod.GET, AsCaller.request(token, null), type).getBody();
    }

    private org.springframework.http.ResponseEntity<JsonNode> publish(String path) {
        return http.exchange(path, HttpMethod.POST, AsCaller.request(TOKENS.coordinator(), null), JsonNode.class);
    }

    private static JsonNode figure(JsonNode report, String indicator, String dimension, String category) {
        for (JsonNode figure : report.path("figures")) {
            if (figure.path("indicator").asText().equals(indicator) && figure.path("dimension").asText().equals(dimension)
                    && figure.path("category").asText().equals(category)) {
                return figure;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static MonitoringReportPublished.Figure find(MonitoringReportPublished report, String indicator,
                                                         String dimension, String category) {
        return report.figures().stream().filter(f -> f.indicator().equals(indicator) && f.dimension().equals(dimension)
                && f.category().equals(category)).findFirst().orElseThrow();
    }

    private static Integer value(MonitoringReportPublished report, String indicator, String dimension, String category) {
        return find(report, indicator, dimension, category).value();
    }

    private static boolean suppressed(MonitoringReportPublished report, String indicator, String dimension, String category) {
        MonitoringReportPublished.Figure figure = find(report, indicator, dimension, category);
        return figure.suppressed() && figure.value() == null;
    }

    private static <T> void send(KafkaProducer<String, String> producer, EventType<T> type, String subject, Instant time, T data) {
        CloudEvent event = IntegrationEvents.envelope(type, UUID.randomUUID().toString(),
                Topics.sourceOf(type.type().split("\\.")[2] + "-service"), subject, time, null, data);
        producer.send(new ProducerRecord<>(type.topic(), subject, IntegrationEvents.toJson(event)));
    }

    private static List<CloudEvent> readMunicipalityTopic(Predicate<List<CloudEvent>> enough) {
        return TopicReader.read(Topics.municipality(HILLEGOM), enough);
    }
}
