package nl.samenspel.platform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.events.Topics;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.TopicReader;
import nl.samenspel.network.NetworkApplication;
import nl.samenspel.platform.LocalPlatform;
import nl.samenspel.signalling.SignallingApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.samenspel.platform.faults.FaultPlatform.ok;
import static nl.samenspel.platform.faults.FaultPlatform.sql;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every replayable projection (tracking processor with a reset handler) rebuilds exactly the same tables from the
 * event store. Subscribing projections ({@code membership-lookup}, {@code case-details}) write in the command's
 * transaction and have no token to reset. Every service's Kafka publisher, reset and replayed, sends the records it
 * sent before, byte for byte under the same CloudEvents id, also after the read models have moved on.
 */
class ReplayDeterminismIT {

    /** Tracking projections per service, with the tables each owns and the key that orders their rows. */
    private static final Map<String, Map<String, String>> PROJECTIONS = Map.of(
            "directory", Map.of("network.directory_organisation", "organisation_id", "network.directory_supporter", "supporter_id"),
            "case-timeline", Map.of("coordinator.case_timeline", "event_id"));

    @Test
    void resettingEveryTrackingProjectionRebuildsIdenticalTables() {
        LocalPlatform platform = FaultPlatform.platform();
        String organisation = admittedOrganisation();
        for (int i = 0; i < 3; i++) {
            String reference = FaultPlatform.openCase("replay-resident-" + i);
            ok(CoordinatorApplication.class, "POST", "/cases/" + reference + "/dispatch", Map.of("organisationId", organisation),
                    FaultPlatform.coordinator());
            if (i == 0) {
                ok(CoordinatorApplication.class, "POST", "/cases/" + reference + "/decline", Map.of("reason", "NO_CAPACITY"),
                        FaultPlatform.organisation(organisation));
            }
        }
        TrackingEventProcessor directory = processor(platform, NetworkApplication.class, "directory");
        TrackingEventProcessor timeline = processor(platform, CoordinatorApplication.class, "case-timeline");
        awaitCaughtUp(directory, "network");
        awaitCaughtUp(timeline, "coordinator");
        Map<String, String> before = checksums();
        assertThat(sql().queryForObject("select count(*) from coordinator.case_timeline", Integer.class)).isPositive();

        replay(directory, "network");
        replay(timeline, "coordinator");

        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void resettingEachKafkaPublisherResendsByteIdenticalRecordsAlsoAfterTheReadModelsMovedOn() {
        LocalPlatform platform = FaultPlatform.platform();
        JsonNode supporter = FaultPlatform.candidates("replay-probe", 1).get(0);
        String supporterId = supporter.path("supporterId").asText();
        String organisation = supporter.path("organisationId").asText();
        // Two cases in the supporter's hands, then the first closed: the caseload published at each acceptance is
        // no longer the read model's, and the filed signal's status is no longer FILED.
        String first = acceptedCase("replay-caseload-1", organisation, supporterId);
        acceptedCase("replay-caseload-2", organisation, supporterId);
        ok(CoordinatorApplication.class, "POST", "/cases/" + first + "/close", Map.of("outcome", "RESOLVED"),
                FaultPlatform.supporter(organisation, supporterId));
        String signal = ok(SignallingApplication.class, "POST", "/signals", Map.of("organisationId", organisation,
                "municipalityCode", "GM0553", "categoryCode", "HOUSING", "lifeDomain", "CARE_AND_SUPPORT",
                "targetGroup", "OLDER_PEOPLE", "description", "Few sheltered homes near the village centre.",
                "residentsConcerned", 3), FaultPlatform.organisation(organisation)).path("signalId").asText();
        ok(SignallingApplication.class, "POST", "/signals/" + signal + "/withdraw", null, FaultPlatform.organisation(organisation));

        Map<Class<?>, List<String>> topics = Map.of(
                NetworkApplication.class, List.of(Topics.NETWORK_ORGANISATIONS, Topics.NETWORK_SUPPORTERS, Topics.NETWORK_COVERAGE),
                CoordinatorApplication.class, List.of(Topics.COORDINATOR_CASE_LIFECYCLE, Topics.COORDINATOR_CASELOAD,
                        Topics.handoversFor(organisation)),
                SignallingApplication.class, List.of(Topics.SIGNALLING_FEEDBACK));
        Map<Class<?>, String> schemas = Map.of(NetworkApplication.class, "network", CoordinatorApplication.class, "coordinator",
                SignallingApplication.class, "signalling");
        schemas.forEach((service, schema) -> awaitCaughtUp(processor(platform, service, "kafka-publisher"), schema));
        Map<String, Map<String, List<String>>> sent = new LinkedHashMap<>();
        topics.values().forEach(list -> list.forEach(topic -> sent.put(topic, recordsById(platform, topic, Map.of()))));
        assertThat(sent.get(Topics.COORDINATOR_CASELOAD).values().stream().flatMap(List::stream)
                .filter(record -> record.contains(supporterId))).as("the supporter's caseload records").hasSizeGreaterThanOrEqualTo(3);
        assertThat(sent.get(Topics.SIGNALLING_FEEDBACK).values().stream().flatMap(List::stream)
                .filter(record -> record.contains(signal))).as("the signal's status record").isNotEmpty();

        schemas.forEach((service, schema) -> replay(processor(platform, service, "kafka-publisher"), schema));

        sent.forEach((topic, before) -> {
            Map<String, List<String>> after = recordsById(platform, topic, before);
            before.forEach((id, records) -> assertThat(after.get(id))
                    .as("record " + id + " on " + topic + " sent again, as it was").hasSizeGreaterThan(records.size())
                    .containsOnly(records.get(0)));
        });
    }

    /** A case opened, offered to this supporter and accepted by their organisation. */
    private static String acceptedCase(String pseudonym, String organisation, String supporterId) {
        String reference = FaultPlatform.openCase(pseudonym);
        ok(CoordinatorApplication.class, "POST", "/cases/" + reference + "/dispatch", Map.of("supporterId", supporterId),
                FaultPlatform.coordinator());
        ok(CoordinatorApplication.class, "POST", "/cases/" + reference + "/accept", Map.of("supporterId", supporterId),
                FaultPlatform.organisation(organisation));
        return reference;
    }

    /**
     * The topic's record values by CloudEvents id, read from the beginning; with {@code sentBefore}, until every id in
     * it has arrived once more (or 90 s passed).
     */
    private static Map<String, List<String>> recordsById(LocalPlatform platform, String topic, Map<String, List<String>> sentBefore) {
        Map<String, List<String>> byId = new LinkedHashMap<>();
        TopicReader.read(platform.kafkaBootstrapServers(), topic, record -> true, read -> {
            read.subList(byId.values().stream().mapToInt(List::size).sum(), read.size()).forEach(record ->
                    byId.computeIfAbsent(FaultPlatform.cloudEventId(record.value()), id -> new ArrayList<>()).add(record.value()));
            return sentBefore.isEmpty() ? false : sentBefore.entrySet().stream()
                    .allMatch(e -> byId.getOrDefault(e.getKey(), List.of()).size() > e.getValue().size());
        }, sentBefore.isEmpty() ? Duration.ofSeconds(5) : Duration.ofSeconds(90));
        return byId;
    }

    private static String admittedOrganisation() {
        List<String> admitted = new java.util.ArrayList<>();
        Await.until(Duration.ofSeconds(90), "the coordinator knows an admitted organisation", () -> {
            admitted.addAll(sql().queryForList(
                    "select organisation_id from coordinator.network_organisation where status = 'ADMITTED' limit 1", String.class));
            return !admitted.isEmpty();
        });
        return admitted.get(0);
    }

    private static TrackingEventProcessor processor(LocalPlatform platform, Class<?> service, String name) {
        return platform.contextOf(service).getBean(EventProcessingConfiguration.class)
                .eventProcessor(name, TrackingEventProcessor.class).orElseThrow();
    }

    private static void replay(TrackingEventProcessor processor, String schema) {
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitCaughtUp(processor, schema);
    }

    /**
     * Until the processor has handled the last stored event. (Axon keeps a replaying processor marked as replaying
     * until it handles an event stored after the reset, so "not replaying" cannot be the signal.)
     */
    private static void awaitCaughtUp(TrackingEventProcessor processor, String schema) {
        long head = sql().queryForObject("select max(globalindex) from " + schema + ".domainevententry", Long.class);
        Await.until(Duration.ofSeconds(90), processor.getName() + " caught up", () -> {
            var status = processor.processingStatus();
            return !status.isEmpty() && status.values().stream()
                    .allMatch(s -> s.isCaughtUp() && s.getCurrentPosition().orElse(-1) >= head);
        });
    }

    private static Map<String, String> checksums() {
        Map<String, String> checksums = new LinkedHashMap<>();
        PROJECTIONS.values().forEach(tables -> tables.forEach((table, key) -> checksums.put(table, sql().queryForObject(
                "select md5(coalesce(string_agg(t::text, '|' order by t." + key + "), '')) from " + table + " t", String.class))));
        return checksums;
    }
}
