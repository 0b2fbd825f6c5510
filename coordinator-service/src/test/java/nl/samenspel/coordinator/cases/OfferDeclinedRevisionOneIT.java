package nl.samenspel.coordinator.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TopicReader;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An offer decline stored as revision 1 (the checked-in sample, written into the real event store) is upcast
 * wherever it is read: the case's own history, the timeline projection and its replay, and the Kafka publisher.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.port=0")
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class OfferDeclinedRevisionOneIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void storedRevisionOneDeclineIsUpcastForTheCaseTheTimelineItsReplayAndThePublisher() throws Exception {
        String reference = UUID.randomUUID().toString();
        String organisation = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenCaseCommand(reference, "R-REVISION-1", "GM0553", null, List.of("HOUSING"),
                List.of("OLDER_PEOPLE"), Phase.ORIENTATION, "nl", Urgency.NORMAL, Set.of(), null, List.of(), null,
                Preferences.NONE, Actor.COORDINATOR));
        commands.sendAndWait(new DispatchCaseCommand(reference, organisation, null, null, Actor.COORDINATOR));
        String declineId = storeRevisionOneDecline(reference, organisation);

        Await.until(Duration.ofSeconds(30), "the timeline shows the old decline", () -> timelineEntry(declineId) != null);
        String entry = timelineEntry(declineId);
        assertThat(entry).contains(organisation + ": NO_CAPACITY");

        commands.sendAndWait(new DispatchCaseCommand(reference, organisation, null, null, Actor.COORDINATOR));
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Integer.class, reference))
                .as("the case read the old decline as a decline and took a new dispatch").isEqualTo(4);

        var published = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(), Topics.handoversFor(organisation),
                r -> reference.equals(r.key()) && IntegrationEvents.parse(r.value()).id().equals(declineId + ":" + organisation),
                found -> !found.isEmpty(), Duration.ofSeconds(60));
        assertThat(published).isNotEmpty();
        assertThat(IntegrationEvents.parse(published.get(0).value()).data().path("reason").asText()).isEqualTo("NO_CAPACITY");

        long head = jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);
        TrackingEventProcessor timeline = processing.eventProcessor("case-timeline", TrackingEventProcessor.class).orElseThrow();
        timeline.shutDown();
        timeline.resetTokens();
        timeline.start();
        Await.until(Duration.ofSeconds(60), "the timeline replayed", () -> timeline.processingStatus().values().stream()
                .anyMatch(status -> status.getCurrentPosition().orElse(-1) >= head));
        assertThat(timelineEntry(declineId)).isEqualTo(entry);
    }

    /** Writes the sample as the service stored it before revision 2: next in the case's stream, revision "1". */
    private String storeRevisionOneDecline(String reference, String organisation) throws Exception {
        ObjectNode payload = (ObjectNode) JSON.readTree(OfferDeclinedEventUpcasterTest.sample());
        payload.put("caseReference", reference).put("offerId", reference + "/offer-1").put("organisationId", organisation);
        String eventId = UUID.randomUUID().toString();
        jdbc.update("""
                insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                                              payloadrevision, payloadtype, timestamp)
                values (?, 2, 'Case', ?, ?, ?, '1', ?, ?)""",
                reference, eventId, "{}".getBytes(), JSON.writeValueAsBytes(payload), OfferDeclinedEvent.class.getName(),
                Instant.now().toString());
        return eventId;
    }

    private String timelineEntry(String eventId) {
        return jdbc.query("select t::text from case_timeline t where event_id = ?", (rs, n) -> rs.getString(1), eventId)
                .stream().findFirst().orElse(null);
    }
}
