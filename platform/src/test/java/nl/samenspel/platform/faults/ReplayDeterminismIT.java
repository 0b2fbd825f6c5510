package nl.samenspel.platform.faults;

import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.local.test.Await;
import nl.samenspel.network.NetworkApplication;
import nl.samenspel.platform.LocalPlatform;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.samenspel.platform.faults.FaultPlatform.ok;
import static nl.samenspel.platform.faults.FaultPlatform.sql;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every replayable projection (tracking processor with a reset handler) rebuilds exactly the same tables from the
 * event store. Subscribing projections ({@code membership-lookup}, {@code case-details}) write in the command's
 * transaction and have no token to reset.
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
