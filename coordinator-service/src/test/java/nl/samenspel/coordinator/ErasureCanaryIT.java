package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.Await;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.samenspel.coordinator.Callers.coordinator;
import static nl.samenspel.coordinator.Callers.organisation;
import static nl.samenspel.coordinator.Callers.with;
import static nl.samenspel.coordinator.CaseFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Right to be forgotten, proven with a canary: a unique value planted as the resident's name, in a warm-handover
 * summary and in the improvement points is, after erasure, nowhere readable — not in any table of the coordinator
 * schema, not on any coordinator topic, not in the log — and the projections still rebuild from the event store.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErasureCanaryIT extends AgainstTheNetwork {

    private static final Logger LOG = LoggerFactory.getLogger(ErasureCanaryIT.class);

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;

    private final String canary = "Kanarie" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    private final String pseudonym = "R-CANARY-" + UUID.randomUUID().toString().substring(0, 8);


    @Test
    void afterErasureTheCanaryIsNowhereReadableAndProjectionsStillRebuild(CapturedOutput log) {
        ResponseEntity<JsonNode> refused = flow.send(HttpMethod.PUT, "/residents/" + pseudonym + "/personal-details",
                Map.of("name", canary, "bsn", "123456789"), coordinator());
        assertThat(refused.getStatusCode().value()).as("an invalid BSN").isEqualTo(400);
        assertThat(refused.getBody().toString()).doesNotContain(canary);
        ok(flow.send(HttpMethod.PUT, "/residents/" + pseudonym + "/personal-details", Map.of("name", canary + " Jansen",
                "email", canary.toLowerCase() + "@example.nl", "address", canary + "laan 3, Lisse", "bsn", "111222333"),
                coordinator()));
        assertThat(flow.send(HttpMethod.GET, "/residents/" + pseudonym + "/personal-details?reason=intake", null,
                coordinator()).getBody().get("name").asText()).startsWith(canary);

        String reference = flow.acceptedInformalCase(pseudonym);
        String handoverId = flow.warmHandover(reference, Map.of("questionSoFar", canary + " asks about household help",
                "agreementsMade", "Weekly call", "nextSteps", "Apply together"),
                with(coordinator(), "Idempotency-Key", "canary-" + UUID.randomUUID()));
        assertThat(flow.summary(handoverId).getBody().get("summary").get("questionSoFar").asText()).startsWith(canary);
        ok(flow.send(HttpMethod.POST, "/cases/" + reference + "/handovers/" + handoverId + "/accept",
                Map.of("supporterId", flow.formal), organisation(flow.professionals)));
        ok(flow.send(HttpMethod.POST, "/cases/" + reference + "/close", Map.of("outcome", "RESOLVED"), coordinator()));
        ok(flow.send(HttpMethod.POST, "/cases/" + reference + "/experience", Map.of("helpful", 5,
                "improvementPoints", "Ask " + canary + " about evening hours"), coordinator()));
        NetworkSeed.readUntil(Topics.COORDINATOR_CASE_LIFECYCLE, reference, CoordinatorEvents.EXPERIENCE_RECORDED.type());
        Await.until(Duration.ofSeconds(30), "the timeline up to the experience", () -> timelineFacts(reference)
                .contains("ExperienceRecorded"));

        searchFindsTheCanaryInEveryForm();
        LOG.info("Erasing resident {}", pseudonym);
        ok(flow.send(HttpMethod.DELETE, "/residents/" + pseudonym + "/personal-details", null, coordinator()));

        assertThat(flow.send(HttpMethod.GET, "/residents/" + pseudonym + "/personal-details?reason=check", null,
                coordinator()).getStatusCode().value()).isEqualTo(404);
        JsonNode erased = flow.summary(handoverId).getBody();
        assertThat(erased.get("erased").asBoolean()).isTrue();
        assertThat(erased.get("summary").get("questionSoFar").asText()).isEqualTo("[erased]");
        assertNowhereReadable(log);

        replayTimeline(reference);
        replayCaseDetails(reference);
        assertThat(flow.send(HttpMethod.GET, "/cases/" + reference, null, coordinator()).getBody().get("state").asText())
                .isEqualTo("CLOSED");
        assertThat(flow.summary(handoverId).getBody().get("summary").get("nextSteps").asText()).isEqualTo("[erased]");
        assertNowhereReadable(log);
    }

    private void assertNowhereReadable(CapturedOutput log) {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables where table_schema = 'coordinator' and table_type = 'BASE TABLE'""",
                String.class);
        assertThat(tables).contains("domainevententry", "snapshotevententry", "tokenentry", "sagaentry", "deadletterentry",
                "scheduled_tasks", "kafka_dead_letter", "handled_request", "case_details", "handover_summary",
                "case_timeline", "personal_details", "resident_key", "access_audit");
        List<String> forms = forms();
        for (String table : tables) {
            for (String form : forms) {
                assertThat(jdbc.queryForObject("select count(*) from coordinator." + table + " t where t::text ilike ?",
                        Integer.class, "%" + form + "%")).as(table + " holds " + form).isZero();
            }
        }
        for (String record : everyCoordinatorRecord()) {
            forms.forEach(form -> assertThat(record).as("a Kafka record").doesNotContainIgnoringCase(form));
        }
        assertThat(log.getAll()).as("the log is captured").contains("Erasing resident " + pseudonym);
        forms.forEach(form -> assertThat(log.getAll()).as("the log").doesNotContainIgnoringCase(form));
    }

    /** The search is not vacuous: each form finds the canary written as text, inside bytea and base64-encoded. */
    private void searchFindsTheCanaryInEveryForm() {
        List<String> forms = forms();
        String json = "{\"name\":\"" + canary + "\"}";
        for (int shift = 0; shift < 3; shift++) {
            String planted = "xyz".substring(0, shift) + json;
            String base64 = Base64.getEncoder().encodeToString(planted.getBytes(StandardCharsets.UTF_8));
            assertThat(forms.subList(2, 5)).as("base64 at offset " + shift).anyMatch(base64::contains);
        }
        assertThat(jdbc.queryForObject("select count(*) from (select convert_to(?, 'UTF8') as b) t where t::text ilike ?",
                Integer.class, json, "%" + forms.get(1) + "%")).as("hex inside bytea").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from (select ?::jsonb as j) t where t::text ilike ?",
                Integer.class, json, "%" + forms.get(0) + "%")).as("text inside JSON").isEqualTo(1);
    }

    /** The canary as text (also inside JSON), as PostgreSQL prints it inside bytea (hex), and base64 at each alignment. */
    private List<String> forms() {
        byte[] bytes = canary.getBytes(StandardCharsets.UTF_8);
        List<String> forms = new ArrayList<>(List.of(canary, HexFormat.of().formatHex(bytes)));
        for (int shift = 0; shift < 3; shift++) {
            String encoded = Base64.getEncoder().encodeToString(("xx".substring(0, shift) + canary).getBytes(StandardCharsets.UTF_8));
            forms.add(encoded.substring(4, encoded.length() - 4));
        }
        return forms;
    }

    /** Every record on every coordinator topic, from the beginning to the current end, with a plain consumer. */
    private static List<String> everyCoordinatorRecord() {
        String bootstrap = TestInfrastructure.kafka().bootstrapServers();
        List<String> records = new ArrayList<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
             var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                     ConsumerConfig.GROUP_ID_CONFIG, "canary-" + UUID.randomUUID()), new ByteArrayDeserializer(),
                     new ByteArrayDeserializer())) {
            List<String> topics = admin.listTopics().names().get().stream().filter(t -> t.startsWith("coordinator.")).toList();
            assertThat(topics).contains(Topics.COORDINATOR_CASE_LIFECYCLE, Topics.COORDINATOR_CASELOAD);
            List<TopicPartition> partitions = topics.stream().flatMap(t -> consumer.partitionsFor(t).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Await.until(Duration.ofSeconds(60), "every coordinator record read", () -> {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> records.add(new String(r.key() == null ? new byte[0] : r.key(),
                        StandardCharsets.UTF_8) + " " + new String(r.value(), StandardCharsets.UTF_8)));
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        } catch (Exception e) {
            throw new AssertionError("Could not read the coordinator topics", e);
        }
        assertThat(records).isNotEmpty();
        return records;
    }

    /** The tracking projection: stop, reset its tokens to the start, start, and wait until it caught up again. */
    private void replayTimeline(String reference) {
        TrackingEventProcessor timeline = processing.eventProcessor("case-timeline", TrackingEventProcessor.class).orElseThrow();
        timeline.shutDown();
        jdbc.update("delete from case_timeline where case_reference = ?", reference);
        timeline.resetTokens();
        timeline.start();
        Await.until(Duration.ofSeconds(60), "the timeline replayed", () -> !timeline.processingStatus().isEmpty()
                && timeline.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp)
                && timelineFacts(reference).contains("ExperienceRecorded"));
        assertThat(timeline.isError()).isFalse();
        assertThat(timelineFacts(reference)).contains("CaseOpened", "HandoverRequested", "CaseClosed");
    }

    /** The subscribing projection (written in the command's transaction) replayed from the case's stored events. */
    private void replayCaseDetails(String reference) {
        SubscribingEventProcessor details = processing.eventProcessor("case-details", SubscribingEventProcessor.class).orElseThrow();
        jdbc.update("delete from handover_summary where case_reference = ?", reference);
        jdbc.update("delete from case_consent where case_reference = ?", reference);
        jdbc.update("delete from case_details where case_reference = ?", reference);
        eventStore.readEvents(reference).asStream().forEach(event -> {
            try {
                details.eventHandlerInvoker().handle(event, Segment.ROOT_SEGMENT);
            } catch (Exception e) {
                throw new AssertionError("Replaying " + event.getPayloadType().getSimpleName() + " failed", e);
            }
        });
        // The consent was for the professionals; it still holds after the replay, so the summary is readable (erased).
        assertThat(jdbc.queryForObject("select count(*) from case_consent where case_reference = ?", Integer.class, reference))
                .isEqualTo(1);
    }

    private List<String> timelineFacts(String reference) {
        return jdbc.queryForList("select fact from case_timeline where case_reference = ?", String.class, reference);
    }

}
