package nl.samenspel.kit.testservice;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.kit.axon.IndexedDeadlineManager;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.ApiDocumentCheck;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TestTokenIssuer;
import nl.samenspel.local.test.TopicReader;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit against a real PostgreSQL and a real Kafka broker: events are stored in PostgreSQL, published to
 * Kafka as CloudEvents carrying the Axon event id, deadlines are persistent, and a broker outage loses nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class KitIT {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    IndexedDeadlineManager deadlines;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MeterRegistry meters;

    @Test
    void committedEventReachesKafkaAsCloudEventWithItsEventStoreId() {
        String tally = "tally-" + UUID.randomUUID();

        commands.sendAndWait(new RecordTallyCommand(tally, 3));

        String storedId = jdbc.queryForObject(
                "select eventidentifier from domainevententry where aggregateidentifier = ?", String.class, tally);
        List<CloudEvent> published = readTopicUntil(tally, 1);
        assertThat(published).hasSize(1);
        CloudEvent event = published.get(0);
        assertThat(event.id()).isEqualTo(storedId);
        assertThat(event.type()).isEqualTo("nl.samenspel.kittest.tally-recorded.v1");
        assertThat(event.source()).isEqualTo("/samenspel/kit-test-service");
        assertThat(event.subject()).isEqualTo(tally);
        assertThat(event.data().get("amount").asInt()).isEqualTo(3);
    }

    @Test
    void theCallersCorrelationIdTravelsFromTheRequestToTheCloudEvent() {
        String tally = "tally-" + UUID.randomUUID();
        var headers = new org.springframework.http.HttpHeaders();
        headers.set("X-Correlation-Id", "caller-chosen-" + tally);
        headers.setBearerAuth(TestTokenIssuer.get().coordinator());

        var response = http.exchange("/tallies/" + tally + "?amount=4", org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(headers), Void.class);

        assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("caller-chosen-" + tally);
        assertThat(readTopicUntil(tally, 1)).extracting(CloudEvent::correlationid).containsOnly("caller-chosen-" + tally);
    }

    @Test
    void theApiDocumentDeclaresTheTokenTheProblemAnswersAndABodyExampleOfEveryOperation() {
        JsonNode api = http.getForObject("/v3/api-docs", JsonNode.class);

        assertThat(ApiDocumentCheck.shortcomings(api)).isEmpty();
        assertThat(api.path("info").path("version").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(api.path("paths").path("/tallies").path("post").path("requestBody").path("content")
                .path("application/json").path("example").path("amount").asInt()).isEqualTo(3);
    }

    @Test
    void eventStoreUsesByteaPayloadsAndAGlobalIndexSequenceOfIncrementOne() {
        assertThat(jdbc.queryForObject("""
                select data_type from information_schema.columns
                where table_schema = 'kittest' and table_name = 'domainevententry' and column_name = 'payload'""", String.class))
                .isEqualTo("bytea");
        assertThat(jdbc.queryForObject("""
                select increment_by from pg_sequences
                where schemaname = 'kittest' and sequencename = 'domain_event_global_index_seq'""", Long.class))
                .isEqualTo(1L);
    }

    @Test
    void deadlineIsPersistedInTheDatabaseAndFires() {
        Tally.expiresAfter = Duration.ofSeconds(2);
        String tally = "tally-" + UUID.randomUUID();
        try {
            commands.sendAndWait(new RecordTallyCommand(tally, 1));
        } finally {
            Tally.expiresAfter = Duration.ofHours(1);
        }

        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name like '%eadline%'", Integer.class))
                .isPositive();
        Await.until(Duration.ofSeconds(30), "the deadline fired", () -> jdbc.queryForObject(
                "select count(*) from domainevententry where aggregateidentifier = ? and payloadtype like '%TallyExpiredEvent'",
                Integer.class, tally) == 1);
    }

    @Test
    void closingATallyCancelsItsOwnExpiryAndNoOther() {
        Tally.expiresAfter = Duration.ofSeconds(2);
        String closed = "tally-" + UUID.randomUUID();
        String open = "tally-" + UUID.randomUUID();
        try {
            commands.sendAndWait(new RecordTallyCommand(closed, 1));
            commands.sendAndWait(new RecordTallyCommand(open, 1));
        } finally {
            Tally.expiresAfter = Duration.ofHours(1);
        }
        assertThat(indexedDeadlines(closed)).isEqualTo(1);

        commands.sendAndWait(new CloseTallyCommand(closed));

        assertThat(indexedDeadlines(closed)).as("its deadline and index row are gone").isZero();
        Await.until(Duration.ofSeconds(30), "the open tally expired", () -> expiries(open) == 1);
        assertThat(indexedDeadlines(open)).as("a fired deadline takes its index row along").isZero();
        assertThat(expiries(closed)).isZero();
    }

    @Test
    void aDeadlineScheduledBeforeTheIndexExistedIsIndexedAndCanBeCancelled() {
        String tally = "tally-" + UUID.randomUUID();
        commands.sendAndWait(new RecordTallyCommand(tally, 1));
        // As a schema upgraded from a kit without the index holds it.
        jdbc.update("delete from deadline_scope where convert_from(scope, 'UTF8') like ?", "%" + tally + "%");
        jdbc.update("update deadline_scope_indexing set complete = false");
        assertThat(indexedDeadlines(tally)).isZero();

        deadlines.indexEarlierDeadlines();

        assertThat(indexedDeadlines(tally)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select complete from deadline_scope_indexing", Boolean.class)).isTrue();
        String deadline = jdbc.queryForObject("select schedule_id from deadline_scope where convert_from(scope, 'UTF8') like ?",
                String.class, "%" + tally + "%");
        commands.sendAndWait(new CloseTallyCommand(tally));
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_instance = ?", Integer.class, deadline))
                .isZero();
    }

    /** The pending deadlines indexed for {@code tally}'s scope, which Axon serialises as JSON holding its id. */
    private int indexedDeadlines(String tally) {
        return jdbc.queryForObject("""
                select count(*) from deadline_scope d join scheduled_tasks t
                  on t.task_name = d.task_name and t.task_instance = d.schedule_id
                 where convert_from(d.scope, 'UTF8') like ?""", Integer.class, "%" + tally + "%");
    }

    private int expiries(String tally) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?"
                + " and payloadtype like '%TallyExpiredEvent'", Integer.class, tally);
    }

    @Test
    void eventsCommittedWhileKafkaIsDownArriveInOrderOnceItIsBack() {
        String tally = "tally-" + UUID.randomUUID();
        TestInfrastructure.kafka().stop();
        try {
            for (int amount = 1; amount <= 5; amount++) {
                commands.sendAndWait(new RecordTallyCommand(tally, amount));
            }
            Await.until(Duration.ofSeconds(30), "not ready without Kafka", () -> "DOWN".equals(readiness()));
            assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                    Integer.class, tally)).isEqualTo(5);
        } finally {
            TestInfrastructure.kafka().start();
        }

        List<CloudEvent> published = readTopicUntil(tally, 5);
        List<Integer> amounts = published.stream().map(e -> e.data().get("amount").asInt()).distinct().toList();
        assertThat(amounts).containsExactly(1, 2, 3, 4, 5);
        assertThat(published.stream().map(CloudEvent::id).distinct().count())
                .as("a record published twice carries the same event id").isEqualTo(5);
        Await.until(Duration.ofSeconds(30), "ready again", () -> "UP".equals(readiness()));
    }

    /**
     * A publisher that has never run (no token yet, as when it is added to a service that already has events)
     * starts from the first stored event: events stored before it existed are published too.
     */
    @Test
    void aNewPublisherPublishesEventsStoredBeforeItExisted() {
        String before = "tally-" + UUID.randomUUID();
        commands.sendAndWait(new RecordTallyCommand(before, 1));
        var publisher = processing.eventProcessor("kafka-publisher").orElseThrow();
        publisher.shutDown();
        String whileAbsent = "tally-" + UUID.randomUUID();
        try {
            jdbc.update("delete from tokenentry where processorname = 'kafka-publisher'");
            commands.sendAndWait(new RecordTallyCommand(whileAbsent, 2));
        } finally {
            publisher.start();
        }

        assertThat(readTopicUntil(whileAbsent, 1)).hasSize(1);
        assertThat(readTopicUntil(before, 1)).extracting(CloudEvent::id).containsOnly(jdbc.queryForObject(
                "select eventidentifier from domainevententry where aggregateidentifier = ?", String.class, before));
    }

    @Test
    void anOversizedBodyIsRefusedWith413AndChangesNothing() throws Exception {
        String tally = "tally-" + UUID.randomUUID();
        String padding = "x".repeat(300_000);
        // The bulk sits inside a known field, so the whole body must be read before any other error shows.
        String body = "{\"tallyId\":\"" + tally + padding + "\",\"amount\":1}";
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = java.net.URI.create(http.getRootUri() + "/tallies");

        var declared = client.send(java.net.http.HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokenIssuer.get().coordinator())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        var chunked = client.send(java.net.http.HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokenIssuer.get().coordinator())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        for (var response : List.of(declared, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("262144");
        }
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier like ?",
                Integer.class, tally + "%")).isZero();
    }

    @Test
    void aBodyOfTheWrongContentTypeIsRefusedWith415ProblemNamingJsonAndChangesNothing() throws Exception {
        String tally = "tally-" + UUID.randomUUID();
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(http.getRootUri() + "/tallies")).header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + TestTokenIssuer.get().coordinator())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"tallyId\":\"" + tally + "\",\"amount\":1}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("unsupported-media-type").contains("text/plain").contains("application/json");
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Integer.class, tally)).isZero();
    }

    @Test
    void aTallyCommandedAgainIsTakenFromTheCacheNotReadBackFromItsEvents() {
        String tally = "tally-" + UUID.randomUUID();
        for (int amount = 1; amount <= 3; amount++) {
            commands.sendAndWait(new RecordTallyCommand(tally, amount));
        }

        assertThat(Tally.replayed.getOrDefault(tally, 0)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Integer.class, tally)).isEqualTo(3);
    }

    @Test
    void anEventAnotherInstanceAppendedIsSeenByTheNextCommandInsteadOfTheCachedTally() {
        String tally = "tally-" + UUID.randomUUID();
        commands.sendAndWait(new RecordTallyCommand(tally, 1));
        commands.sendAndWait(new RecordTallyCommand(tally, 2));
        double staleBefore = meters.counter("samenspel.aggregate.cache.stale", "cache", "tallies").count();

        // What another instance's command would store: the next event of the tally, past this instance's cache.
        transactions.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(
                "Tally", tally, 2, new TallyRecordedEvent(tally, 5))));
        commands.sendAndWait(new RecordTallyCommand(tally, 3));

        assertThat(meters.counter("samenspel.aggregate.cache.stale", "cache", "tallies").count())
                .as("the cached tally was found older than the event store").isEqualTo(staleBefore + 1);
        assertThat(Tally.replayed.get(tally)).as("loaded again from its three events").isEqualTo(3);
        assertThat(jdbc.queryForList("select sequencenumber from domainevententry where aggregateidentifier = ?"
                + " order by sequencenumber", Long.class, tally)).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void aCommandWhoseLongerTransactionRolledBackLeavesNothingInTheCache() {
        String tally = "tally-" + UUID.randomUUID();
        commands.sendAndWait(new RecordTallyCommand(tally, 1));

        // The command commits its unit of work inside a longer transaction (as a Kafka inbox does), which rolls back.
        transactions.executeWithoutResult(status -> {
            commands.sendAndWait(new RecordTallyCommand(tally, 2));
            status.setRollbackOnly();
        });
        // Another instance then stores the tally's next event, with the sequence number the rolled-back one had.
        transactions.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(
                "Tally", tally, 1, new TallyRecordedEvent(tally, 5))));
        commands.sendAndWait(new RecordTallyCommand(tally, 3));

        assertThat(Tally.replayed.get(tally)).as("loaded from the two stored events, not the rolled-back state")
                .isEqualTo(2);
        assertThat(jdbc.queryForList("select sequencenumber from domainevententry where aggregateidentifier = ?"
                + " order by sequencenumber", Long.class, tally)).containsExactly(0L, 1L, 2L);
    }

    @Test
    void aCommandRunsWithinItsTransactionsTimeLimitWithoutOnePerHandlerCall() {
        commands.sendAndWait(new RecordTallyCommand("tally-" + UUID.randomUUID(), 1));

        assertThat(Tally.lastHandlerStack).as("the command's transaction is time-limited")
                .contains(UnitOfWorkTimeoutInterceptor.class.getName())
                .doesNotContain("org.axonframework.messaging.timeout.TimeoutWrappedMessageHandlingMember");
    }

    @Test
    void axonMetricsAreExposedForPrometheus() {
        commands.sendAndWait(new RecordTallyCommand("tally-" + UUID.randomUUID(), 1));

        var headers = new org.springframework.http.HttpHeaders();
        headers.setBearerAuth(TestTokenIssuer.get().administrator());
        String metrics = http.exchange("/actuator/prometheus", org.springframework.http.HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(headers), String.class).getBody();

        assertThat(metrics).contains("commandBus").contains("eventProcessor").contains("eventStore");
    }

    private String readiness() {
        JsonNode body = http.getForObject("/actuator/health/readiness", JsonNode.class);
        return body == null ? null : body.path("status").asText();
    }

    private static List<CloudEvent> readTopicUntil(String subject, int expected) {
        return TopicReader.read(TestInfrastructure.kafka().bootstrapServers(), TallyPublisher.TOPIC,
                        record -> subject.equals(record.key()),
                        found -> found.stream().map(r -> IntegrationEvents.parse(r.value()).id()).distinct().count() >= expected,
                        Duration.ofSeconds(60))
                .stream().map(record -> IntegrationEvents.parse(record.value())).toList();
    }
}
