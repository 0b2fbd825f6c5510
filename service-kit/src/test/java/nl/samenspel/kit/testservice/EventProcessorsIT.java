package nl.samenspel.kit.testservice;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TestTokenIssuer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' view of a service's event processors against a real event store: status and lag (head minus the
 * token), and the replay of a projection, which a publisher refuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class EventProcessorsIT {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;

    @Test
    void eachProcessorShowsItsStatusAndItsLagBehindTheHeadOfTheEventStore() {
        String tally = "tally-" + UUID.randomUUID();
        commands.sendAndWait(new RecordTallyCommand(tally, 2));
        long head = jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);

        Await.until(Duration.ofSeconds(60), "the projection caught up with the head",
                () -> processor(TallyTotals.GROUP).path("lag").asLong(-1) == 0);
        JsonNode totals = processor(TallyTotals.GROUP);
        assertThat(totals.path("running").asBoolean()).isTrue();
        assertThat(totals.path("error").asBoolean()).isFalse();
        assertThat(totals.path("head").asLong()).isGreaterThanOrEqualTo(head);
        assertThat(totals.path("segments").get(0).path("position").asLong()).isGreaterThanOrEqualTo(head);
        JsonNode all = asAdministrator(HttpMethod.GET, "/operations/event-processors").getBody();
        assertThat(all.findValuesAsText("name")).contains(TallyTotals.GROUP, "kafka-publisher");
    }

    @Test
    void aProjectionIsReplayedFromTheFirstEventAndAPublisherIsNot() {
        String tally = "tally-" + UUID.randomUUID();
        commands.sendAndWait(new RecordTallyCommand(tally, 2));
        commands.sendAndWait(new RecordTallyCommand(tally, 5));
        Await.until(Duration.ofSeconds(60), "the projection counted both amounts", () -> total(tally) == 7);
        jdbc.update("update tally_total set total = 0 where tally_id = ?", tally);

        ResponseEntity<JsonNode> replay = asAdministrator(HttpMethod.POST, "/operations/event-processors/" + TallyTotals.GROUP + "/replay");

        assertThat(replay.getStatusCode().value()).isEqualTo(200);
        Await.until(Duration.ofSeconds(60), "the replay rebuilt the total", () -> total(tally) == 7);
        assertThat(processor(TallyTotals.GROUP).path("replayable").asBoolean()).isTrue();
        assertThat(processor("kafka-publisher").path("replayable").asBoolean()).isFalse();
        ResponseEntity<JsonNode> refused = asAdministrator(HttpMethod.POST, "/operations/event-processors/kafka-publisher/replay");
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(asAdministrator(HttpMethod.GET, "/operations/event-processors/no-such-processor").getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void onlyTheAdministratorSeesOrReplaysProcessors() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokenIssuer.get().coordinator());
        assertThat(http.exchange("/operations/event-processors/" + TallyTotals.GROUP + "/replay", HttpMethod.POST,
                new HttpEntity<>(headers), String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(http.exchange("/operations/event-processors", HttpMethod.GET,
                new HttpEntity<>(headers), String.class).getStatusCode().value()).isEqualTo(403);
    }

    private long total(String tally) {
        return jdbc.queryForList("select total from tally_total where tally_id = ?", Long.class, tally).stream()
                .findFirst().orElse(-1L);
    }

    private JsonNode processor(String name) {
        return asAdministrator(HttpMethod.GET, "/operations/event-processors/" + name).getBody();
    }

    private ResponseEntity<JsonNode> asAdministrator(HttpMethod method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokenIssuer.get().administrator());
        return http.exchange(path, method, new HttpEntity<>(headers), JsonNode.class);
    }
}
