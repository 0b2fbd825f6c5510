package nl.samenspel.platform.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CaseOpened;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.events.network.NetworkEvents;
import nl.samenspel.events.network.SupporterDeactivated;
import nl.samenspel.local.test.Http;
import nl.samenspel.platform.LocalPlatform;
import nl.samenspel.platform.PlatformSettings;
import nl.samenspel.signalling.SignallingApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The municipality's adviser and the administrator in a real browser against the real platform: Lisse's dashboard with
 * its charts drawn from the same protected figures as its tables (suppressed figures shown as suppressed, never as
 * numbers), a collective signal acknowledged and answered and that answer seen by the coordinator and by an
 * organisation that filed one of its signals, another municipality seeing none of it; the administrator retrying a
 * planted dead letter and reading the audit log. Every page is checked with axe-core in Dutch and English.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MunicipalityConsoleIT {

    static final String LISSE = "GM0553";
    static final String CDB = "7bf45887-5246-3dd4-9f64-c4bcadb7957c";
    static final String OAB = "a0c5a792-40c2-3eb0-a6f6-084abf69a3db";
    static final String ANSWER = "We openen in maart een inloopspreekuur & bellen wachtenden binnen 2 weken terug.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalPlatform platform;
    private static Browser browser;
    private static String collectiveSignalId;
    private static String cdbSignalId;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        platform = LocalPlatform.start(new PlatformSettings(null, 0, 0, 0, 0, 0, true));
        browser = Browser.open(platform.consoleUri());
        openCasesLastMonth(10);
        String[][] signals = {{CDB, "Ouderen wachten maanden op een keukentafelgesprek."},
                {OAB, "Wachtlijst voor huishoudelijke hulp is 14 weken."}, {CDB, "Geen terugbelafspraak na aanmelding."}};
        for (String[] signal : signals) {
            JsonNode filed = send(SignallingApplication.class, "POST", "/signals", platform.tokens().organisation(signal[0]), """
                    {"organisationId": "%s", "municipalityCode": "GM0553", "categoryCode": "WAITING_TIMES",
                     "lifeDomain": "CARE_AND_SUPPORT", "targetGroup": "OLDER_PEOPLE", "description": "%s", "residentsConcerned": 4}"""
                    .formatted(signal[0], signal[1]), 201);
            if (cdbSignalId == null) {
                cdbSignalId = filed.path("signalId").asText();
            }
        }
        // Reports cover closed periods only and never change once published: publish when every fact is in.
        await("the signalling-service has every case-lifecycle fact", MunicipalityConsoleIT::lifecycleConsumed);
        for (String period : List.of(lastMonth(), String.valueOf(lastYear()))) {
            send(SignallingApplication.class, "POST", "/municipalities/GM0553/reports/" + period + "/publish",
                    platform.tokens().coordinator(), null, 202);
            await("the report of " + period + " is published", () -> Http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + platform.portOf(SignallingApplication.class) + "/municipalities/GM0553/reports/"
                            + period)).header("Authorization", "Bearer " + platform.tokens().municipality(LISSE)).build())
                    .statusCode() == 200);
        }
        JsonNode total = figure(report(lastMonth()), "cases-opened", "total", "ALL");
        assertThat(total.path("value").asInt()).as("last month's report counts the ten cases").isGreaterThanOrEqualTo(10);
        await("the three signals became a collective signal", () -> {
            for (JsonNode signal : send(SignallingApplication.class, "GET", "/municipalities/GM0553/collective-signals",
                    platform.tokens().municipality(LISSE), null, 200)) {
                if (signal.path("categoryCode").asText().equals("WAITING_TIMES")) {
                    collectiveSignalId = signal.path("collectiveSignalId").asText();
                    return true;
                }
            }
            return false;
        });
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void theAdviserOfLisseSeesTheDashboardWithChartsDrawnFromTheSameProtectedFiguresAsItsTables() throws Exception {
        browser.loginAs("lisse");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard");
        assertThat(browser.text("h1")).isEqualTo("Dashboard Lisse");
        assertThat(browser.text("[data-testid=disclosure-rule]")).contains("kleiner dan 8", "veelvoud van 5");
        JsonNode report = report(lastMonth());

        WebElement opened = browser.find("[data-indicator=cases-opened] .card-value");
        assertThat(opened.getText()).isEqualTo(figure(report, "cases-opened", "total", "ALL").path("value").asText());
        int charts = assertChartsMatch(report);
        assertThat(charts).isGreaterThanOrEqualTo(4);
        WebElement lifeDomains = browser.find("figure#cases-opened-life-domain");
        browser.wait(driver -> lifeDomains.getDomAttribute("data-drawn-bars") != null);
        assertThat(lifeDomains.findElements(By.cssSelector(".uplot canvas"))).as("uPlot drew the chart").isNotEmpty();
        assertThat(Integer.parseInt(lifeDomains.getDomAttribute("data-drawn-bars"))).isPositive();
        assertThat(browser.text("[data-testid=comparison]")).contains(String.valueOf(lastYear()), String.valueOf(lastYear() - 1));
        accessibleInBothLanguages("dashboard");
        browser.wait(driver -> browser.find("figure#cases-opened-life-domain").getDomAttribute("data-drawn-bars") != null);
        browser.screenshotWholePage("dashboard");
    }

    @Test
    @Order(2)
    void aPeriodWithSmallCountsShowsSuppressedCellsAndNoBarsForThem() throws Exception {
        String lastYear = String.valueOf(lastYear());
        browser.go("/dashboard?period=" + lastYear);
        JsonNode report = report(lastYear);
        assertChartsMatch(report);
        List<WebElement> suppressed = browser.all("figure[data-chart] tbody tr[data-suppressed=true]");
        assertThat(suppressed).as("counts below 8 (zero included)").isNotEmpty();
        for (WebElement row : suppressed) {
            assertThat(row.findElement(By.cssSelector("td")).getText()).startsWith("minder dan 8").doesNotContainPattern("^\\d");
        }
        WebElement phase = browser.find("figure#cases-opened-phase");
        browser.wait(driver -> phase.getDomAttribute("data-marked-suppressed") != null);
        assertThat(Integer.parseInt(phase.getDomAttribute("data-marked-suppressed")) + Integer.parseInt(phase.getDomAttribute("data-drawn-bars")))
                .isEqualTo(phase.findElements(By.cssSelector("tbody tr")).size());
        assertThat(phase.getDomAttribute("data-drawn-bars")).isEqualTo(String.valueOf(
                phase.findElements(By.cssSelector("tbody tr[data-suppressed=false]")).size()));
        accessibleInBothLanguages("dashboard, small counts");
    }

    @Test
    @Order(3)
    void theAdviserOpensTheCollectiveSignalAcknowledgesAndAnswersIt() throws Exception {
        browser.go("/collective-signals");
        browser.waitForText("[data-testid=open-signals]", "Wachttijden");
        accessibleInBothLanguages("collective signals");
        browser.go("/collective-signals/" + collectiveSignalId);
        assertThat(browser.text("[data-testid=counts]")).isEqualTo("3 signalen van 2 organisaties");
        assertThat(browser.text("[data-testid=descriptions]")).contains("Wachtlijst voor huishoudelijke hulp is 14 weken.");
        assertThat(browser.text("[data-testid=deadline]")).contains("nog ");
        accessibleInBothLanguages("collective signal");

        browser.click("[data-testid=acknowledge]");
        browser.waitForText("[data-testid=done]", "ontvangst is bevestigd");
        assertThat(browser.text("[data-testid=status]")).isEqualTo("Ontvangen, wacht op antwoord");
        browser.click("[data-testid=send-answer]");
        assertThat(browser.text("[data-testid=form-error]")).as("an empty answer is refused by the API").isNotBlank();
        browser.assertAccessible("collective signal, refused answer");
        browser.type("#answer-answer", ANSWER).click("[data-testid=send-answer]");
        browser.waitForText("[data-testid=done]", "antwoord is verstuurd");
        assertThat(browser.text("[data-testid=answer]")).isEqualTo(ANSWER);
        browser.screenshotWholePage("collective-signal");
        browser.logout();
    }

    @Test
    @Order(4)
    void theCoordinatorAndAnOrganisationThatFiledOneOfItsSignalsSeeTheAnswer() throws Exception {
        browser.loginAs("coordinator");
        browser.go("/collective-signals/" + collectiveSignalId);
        assertThat(browser.text("[data-testid=answer]")).isEqualTo(ANSWER);
        browser.logout();

        browser.loginAs("cdb-staff");
        browser.go("/signals");
        assertThat(browser.text("[data-testid=signals]")).contains("Wachttijden");
        accessibleInBothLanguages("signals");
        reloadUntil("/signals/" + cdbSignalId, "[data-testid=signal-status]", "Beantwoord");
        assertThat(browser.text("[data-testid=answer]")).isEqualTo(ANSWER);
        accessibleInBothLanguages("signal");
        browser.logout();
    }

    @Test
    @Order(5)
    void anotherMunicipalitysAdviserGetsTheSamePageForLissesSignalAsForOneThatDoesNotExist() throws Exception {
        browser.loginAs("teylingen");
        assertThat(browser.text("h1")).isEqualTo("Dashboard Teylingen");
        assertThat(browser.text("main")).doesNotContain("Lisse");
        browser.go("/collective-signals");
        assertThat(browser.text("main")).doesNotContain("Wachttijden");
        browser.go("/collective-signals/" + collectiveSignalId);
        String lisses = browser.text("main");
        browser.go("/collective-signals/" + UUID.randomUUID());
        assertThat(browser.text("main")).isEqualTo(lisses).contains("Niet gevonden").doesNotContain(ANSWER);
        accessibleInBothLanguages("not found");
        browser.logout();
    }

    @Test
    @Order(6)
    void theAdministratorRetriesAPlantedDeadLetterAndTheRecordFlows() throws Exception {
        String eventId = UUID.randomUUID().toString();
        CloudEvent deactivated = IntegrationEvents.envelope(NetworkEvents.SUPPORTER_DEACTIVATED, eventId, "/samenspel/network-service",
                "sup-planted", Instant.now(), null, new SupporterDeactivated("sup-planted-" + eventId, CDB));
        try (Connection db = DriverManager.getConnection(platform.jdbcUrl(), "postgres", "postgres");
             PreparedStatement plant = db.prepareStatement("""
                     insert into signalling.kafka_dead_letter (consumer, topic, partition_no, record_offset, record_key, record_value, error)
                     values ('signalling-supporters', ?, 0, ?, ?, ?, 'IllegalStateException: planted by the test')""")) {
            plant.setString(1, Topics.NETWORK_SUPPORTERS);
            plant.setLong(2, 900_000_000L + (System.nanoTime() % 1_000_000));
            plant.setString(3, "sup-planted-" + eventId);
            plant.setBytes(4, IntegrationEvents.toJson(deactivated).getBytes(StandardCharsets.UTF_8));
            plant.executeUpdate();
        }
        browser.loginAs("administrator");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/operations/dead-letters");
        WebElement row = browser.find("[data-testid=dead-letters-signalling] tr[data-key='sup-planted-" + eventId + "']");
        assertThat(row.getText()).contains(Topics.NETWORK_SUPPORTERS, "planted by the test");
        accessibleInBothLanguages("dead letters");
        browser.click("[data-testid=dead-letters-signalling] tr[data-key='sup-planted-" + eventId + "'] [data-testid=retry]");
        browser.waitForText("[data-testid=done]", "Verwerkt");
        assertThat(browser.find("[data-testid=dead-letters-signalling] tr[data-key='sup-planted-" + eventId + "'] [data-testid=retried-at]")
                .getText()).isNotEqualTo("nog niet");
        try (Connection db = DriverManager.getConnection(platform.jdbcUrl(), "postgres", "postgres");
             PreparedStatement processed = db.prepareStatement(
                     "select count(*) from signalling.processed_event where consumer = 'signalling-supporters' and event_id = ?")) {
            processed.setString(1, eventId);
            try (ResultSet count = processed.executeQuery()) {
                count.next();
                assertThat(count.getInt(1)).as("the consumer handled the record").isOne();
            }
        }
        browser.go("/operations/processors");
        assertThat(browser.text("[data-testid=processors-signalling]")).contains("published-reports", "kafka-publisher");
        accessibleInBothLanguages("event processors");
    }

    @Test
    @Order(7)
    void theAdministratorFindsWhoReadAResidentsDetailsAndWhy() throws Exception {
        String pseudonym = "R-MC-AUDIT-" + UUID.randomUUID().toString().substring(0, 8);
        send(CoordinatorApplication.class, "PUT", "/residents/" + pseudonym + "/personal-details", platform.tokens().coordinator(),
                "{\"name\": \"Aaltje Vermeulen\"}", 204);
        send(CoordinatorApplication.class, "GET", "/residents/" + pseudonym + "/personal-details?reason=terugbellen%20over%20de%20aanvraag",
                platform.tokens().coordinator(), null, 200);
        browser.go("/operations/audit");
        browser.type("#a-pseudonym", pseudonym).click("#audit-filters button[type=submit]");
        assertThat(browser.text("[data-testid=audit-rows]")).contains("Las persoonsgegevens", "terugbellen over de aanvraag", pseudonym)
                .doesNotContain("Vermeulen");
        assertThat(browser.find("[data-testid=audit-csv]").getDomAttribute("href")).contains("pseudonym=" + pseudonym);
        accessibleInBothLanguages("audit log");
        browser.logout();
    }

    @Test
    @Order(8)
    void theAdviserChoosesAmongTheMunicipalitysOwnEventTypesAndAnInvalidAlertAddressIsRefusedNextToTheField() throws Exception {
        browser.loginAs("lisse").go("/notifications");
        assertThat(browser.all("#webhook-new input[name=types]")).extracting(type -> type.getDomAttribute("value"))
                .as("the municipality's topic's types only").isNotEmpty()
                .allSatisfy(type -> assertThat(type).startsWith("nl.samenspel.signalling."));
        browser.type("#alert-email", "geen adres").click("[data-testid=set-alert-address]");
        assertThat(browser.text("#alert-email-error")).as("the API's message next to the field").isNotBlank();
        assertThat(browser.all("[data-testid=alert-address]")).as("nothing stored").isEmpty();
        assertThat(browser.find("#alert-email").getDomProperty("value")).as("what was typed is kept").isEqualTo("geen adres");
        browser.assertAccessible("notifications, refused (municipality)");
        browser.logout();
    }

    /** Every chart's table against the API's report: the same value, or suppressed where the report suppressed it. */
    private static int assertChartsMatch(JsonNode report) {
        List<WebElement> figures = browser.all("figure[data-chart=bars]");
        int checked = 0;
        for (WebElement chart : figures) {
            String[] indicatorAndDimension = splitId(chart.getDomAttribute("id"));
            if (indicatorAndDimension == null) {
                continue;
            }
            for (WebElement row : chart.findElements(By.cssSelector("tbody tr"))) {
                JsonNode figure = figure(report, indicatorAndDimension[0], indicatorAndDimension[1], row.getDomAttribute("data-code"));
                assertThat(figure.isMissingNode()).as("%s %s in the report", chart.getDomAttribute("id"), row.getDomAttribute("data-code")).isFalse();
                String cell = row.findElement(By.cssSelector("td")).getText();
                if (figure.path("suppressed").asBoolean()) {
                    assertThat(row.getDomAttribute("data-suppressed")).isEqualTo("true");
                    assertThat(cell).startsWith("minder dan 8");
                } else {
                    assertThat(cell).isEqualTo(figure.path("value").asText());
                }
            }
            checked++;
        }
        return checked;
    }

    /** {@code cases-opened-life-domain} → {@code cases-opened}, {@code life-domain}; null for a chart of statistics. */
    private static String[] splitId(String id) {
        for (String dimension : List.of("life-domain", "target-group", "phase", "support-kind", "outcome", "trigger", "reason")) {
            if (id.endsWith("-" + dimension)) {
                return new String[]{id.substring(0, id.length() - dimension.length() - 1), dimension};
            }
        }
        return null;
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

    private static JsonNode report(String period) throws Exception {
        return send(SignallingApplication.class, "GET", "/municipalities/GM0553/reports/" + period,
                platform.tokens().municipality(LISSE), null, 200);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    /** The last closed year: the dashboard compares it with the year before. */
    private static int lastYear() {
        return today().getYear() - 1;
    }

    /** The dashboard's default period: the last closed month. */
    private static String lastMonth() {
        LocalDate month = today().minusMonths(1);
        return String.format("%d-%02d", month.getYear(), month.getMonthValue());
    }

    /**
     * Cases of Lisse opened last month, as the coordinator-service published them on the case-lifecycle topic then:
     * only a closed month has a report, and the platform started today.
     */
    private static void openCasesLastMonth(int count) {
        Instant openedAt = today().minusMonths(1).withDayOfMonth(10).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (int i = 0; i < count; i++) {
                String reference = "C-MC-" + UUID.randomUUID().toString().substring(0, 8);
                CaseOpened opened = new CaseOpened(reference, LISSE, null, List.of("CARE_AND_SUPPORT"),
                        List.of("OLDER_PEOPLE"), "ACCESS", "NORMAL", List.of(), "coordinator", openedAt.plusSeconds(i),
                        "R-MC-" + UUID.randomUUID().toString().substring(0, 8));
                CloudEvent event = IntegrationEvents.envelope(CoordinatorEvents.CASE_OPENED, UUID.randomUUID().toString(),
                        Topics.sourceOf("coordinator-service"), reference, opened.openedAt(), null, opened);
                producer.send(new ProducerRecord<>(CoordinatorEvents.CASE_OPENED.topic(), reference,
                        IntegrationEvents.toJson(event)));
            }
            producer.flush();
        }
    }

    /** True once the signalling-service's case-lifecycle consumer has handled every record on its topic. */
    private static boolean lifecycleConsumed() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> handled = admin.listConsumerGroupOffsets("signalling-case-lifecycle")
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> ends = new java.util.HashMap<>();
            for (TopicPartition partition : admin.describeTopics(List.of(Topics.COORDINATOR_CASE_LIFECYCLE))
                    .allTopicNames().get().get(Topics.COORDINATOR_CASE_LIFECYCLE).partitions().stream()
                    .map(info -> new TopicPartition(Topics.COORDINATOR_CASE_LIFECYCLE, info.partition())).toList()) {
                ends.put(partition, OffsetSpec.latest());
            }
            for (var end : admin.listOffsets(ends).all().get().entrySet()) {
                OffsetAndMetadata at = handled.get(end.getKey());
                if (end.getValue().offset() > (at == null ? 0 : at.offset())) {
                    return false;
                }
            }
            return true;
        }
    }

    private static void reloadUntil(String path, String css, String text) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (true) {
            browser.go(path);
            if (browser.text(css).contains(text)) {
                return;
            }
            assertThat(Instant.now()).as("%s shows %s", path, text).isBefore(until);
            Thread.sleep(1000);
        }
    }

    private static void await(String what, ThrowingCondition condition) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (!condition.holds()) {
            assertThat(Instant.now()).as(what).isBefore(until);
            Thread.sleep(1000);
        }
    }

    @FunctionalInterface
    private interface ThrowingCondition {
        boolean holds() throws Exception;
    }

    private static JsonNode send(Class<?> service, String method, String path, String token, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.portOf(service) + path))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = Http.send(request.build());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(expected);
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static void accessibleInBothLanguages(String page) {
        browser.assertAccessibleInBothLanguages(page);
    }
}
