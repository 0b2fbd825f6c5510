package nl.samenspel.platform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.events.Topics;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.DeliveryCheck;
import nl.samenspel.network.NetworkApplication;
import nl.samenspel.platform.LocalPlatform;
import org.junit.jupiter.api.Test;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.samenspel.platform.faults.FaultPlatform.committedIds;
import static nl.samenspel.platform.faults.FaultPlatform.ok;
import static nl.samenspel.platform.faults.FaultPlatform.sql;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka goes down while both services keep taking commands, then comes back: every event committed in the meantime
 * reaches its topic, per key in commit order, repeated only under the same id; the consumers on the other side act
 * once (the coordinator's matching view has the latest profile, the network-service the right caseloads).
 */
class BrokerOutageIT {

    private static final int CHANGES_PER_SUPPORTER = 3;
    private static final int CASES = 6;

    @Test
    void eventsCommittedWhileKafkaIsDownArriveInOrderOnceInEffectAndConsumersActOnce() {
        LocalPlatform platform = FaultPlatform.platform();
        List<JsonNode> supporters = threeCandidates();
        List<String> cases = new ArrayList<>();

        platform.kafka().stop();
        try {
            for (int change = 1; change <= CHANGES_PER_SUPPORTER; change++) {
                for (JsonNode supporter : supporters) {
                    changeCapacity(supporter.path("supporterId").asText(), 20 + change);
                }
            }
            for (int i = 0; i < CASES; i++) {
                JsonNode supporter = supporters.get(i % supporters.size());
                String reference = FaultPlatform.openCase("outage-resident-" + i);
                ok(CoordinatorApplication.class, "POST", "/cases/" + reference + "/dispatch",
                        Map.of("supporterId", supporter.path("supporterId").asText()), FaultPlatform.coordinator());
                ok(CoordinatorApplication.class, "POST", "/cases/" + reference + "/accept",
                        Map.of("supporterId", supporter.path("supporterId").asText()),
                        FaultPlatform.organisation(supporter.path("organisationId").asText()));
                if (i % 3 == 0) {
                    ok(CoordinatorApplication.class, "POST", "/cases/" + reference + "/close", Map.of("outcome", "RESOLVED"),
                            FaultPlatform.supporter(supporter.path("organisationId").asText(), supporter.path("supporterId").asText()));
                }
                cases.add(reference);
            }
        } finally {
            platform.kafka().start();
        }

        Map<String, List<String>> supporterEvents = new LinkedHashMap<>();
        supporters.forEach(s -> supporterEvents.put(s.path("supporterId").asText(),
                committedIds("network", s.path("supporterId").asText(), "%CaseloadRecordedEvent")));
        Map<String, List<String>> caseEvents = new LinkedHashMap<>();
        cases.forEach(reference -> caseEvents.put(reference, committedIds("coordinator", reference)));
        DeliveryCheck.assertDeliveredInOrder(platform.kafkaBootstrapServers(), Topics.NETWORK_SUPPORTERS, supporterEvents,
                FaultPlatform::cloudEventId);
        DeliveryCheck.assertDeliveredInOrder(platform.kafkaBootstrapServers(), Topics.COORDINATOR_CASE_LIFECYCLE, caseEvents,
                FaultPlatform::cloudEventId);
        for (JsonNode supporter : supporters) {
            String id = supporter.path("supporterId").asText();
            Await.until(Duration.ofSeconds(60), "the coordinator knows the latest profile of " + id, () ->
                    sql().queryForObject("select (profile::json ->> 'capacity')::int from coordinator.network_supporter"
                            + " where supporter_id = ?", Integer.class, id) == 20 + CHANGES_PER_SUPPORTER);
            assertThat(sql().queryForObject("""
                    select count(*) from coordinator.processed_event p join network.domainevententry e on e.eventidentifier = p.event_id
                    where p.consumer = 'coordinator-network-view' and e.aggregateidentifier = ?""", Integer.class, id))
                    .as("each of the supporter's published events acted on once")
                    .isEqualTo(committedIds("network", id, "%CaseloadRecordedEvent").size());
        }
        Await.until(Duration.ofSeconds(60), "the network-service's caseloads match the coordinator's open cases",
                () -> caseloadsAgree(supporters));
    }

    /** Three eligible supporters for a typical case, as the coordinator ranks them from the network's facts. */
    private static List<JsonNode> threeCandidates() {
        return FaultPlatform.candidates("outage-probe", 3).subList(0, 3);
    }

    private static void changeCapacity(String supporterId, int capacity) {
        Map<String, Object> profile = sql().queryForObject("""
                select life_domains, target_groups, languages, municipalities, districts, care_providers_linked,
                       access_teams, training_completed_on
                from network.directory_supporter where supporter_id = ?""", (rs, row) -> profile(rs), supporterId);
        profile.put("capacity", capacity);
        ok(NetworkApplication.class, "PUT", "/supporters/" + supporterId + "/profile", profile, FaultPlatform.coordinator());
    }

    private static Map<String, Object> profile(ResultSet rs) throws SQLException {
        Map<String, Object> profile = new HashMap<>();
        for (String column : List.of("life_domains", "target_groups", "languages", "municipalities", "districts",
                "care_providers_linked", "access_teams")) {
            Array values = rs.getArray(column);
            profile.put(camelCase(column), Arrays.asList((Object[]) values.getArray()));
        }
        if (rs.getDate("training_completed_on") != null) {
            profile.put("trainingCompletedOn", rs.getDate("training_completed_on").toString());
        }
        return profile;
    }

    private static String camelCase(String column) {
        String[] parts = column.split("_");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }

    private static boolean caseloadsAgree(List<JsonNode> supporters) {
        for (JsonNode supporter : supporters) {
            String supporterId = supporter.path("supporterId").asText();
            String organisationId = supporter.path("organisationId").asText();
            boolean agree = sql().queryForObject("""
                    select (select open_cases from network.directory_supporter where supporter_id = ?)
                         = (select count(*) from coordinator.case_details where owner_supporter_id = ?
                                and state in ('ACCEPTED', 'IN_PROGRESS', 'HANDOVER_PENDING'))
                       and (select open_cases from network.directory_organisation where organisation_id = ?)
                         = (select count(*) from coordinator.case_details where owner_organisation_id = ?
                                and state in ('ACCEPTED', 'IN_PROGRESS', 'HANDOVER_PENDING'))""",
                    Boolean.class, supporterId, supporterId, organisationId, organisationId);
            if (!agree) {
                return false;
            }
        }
        return true;
    }
}
