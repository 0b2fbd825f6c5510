package nl.samenspel.notification.reachability;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.coordinator.CaseOffered;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.events.notification.NotificationEvents;
import nl.samenspel.events.notification.OrganisationReachable;
import nl.samenspel.events.notification.OrganisationUnreachable;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TestTokenIssuer;
import nl.samenspel.local.test.TopicReader;
import nl.samenspel.notification.SharedContext;
import nl.samenspel.notification.TestReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.samenspel.notification.AddressedEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation's reachability end to end: offers from Kafka, deliveries to a real receiver on loopback, the facts
 * read back from the notification-service's topic. Unreachable after one second here (two hours in production).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SharedContext.PROPERTIES)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class OrganisationReachabilityIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final TestTokenIssuer TOKENS = TestTokenIssuer.get();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    private final String organisation = UUID.randomUUID().toString();
    private final TestReceiver receiver = new TestReceiver().acceptingHandshake("/hook")
            .alwaysAnswer("/hook", TestReceiver.Answer.of(500));

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @Test
    void aHighOfferTheWebhookNeverTakesMakesTheOrganisationUnreachableUntilItTakesADeliveryAgain() {
        subscribe();
        String urgent = UUID.randomUUID().toString();
        CloudEvent offered = publish(organisation, CoordinatorEvents.CASE_OFFERED, urgent, offer(urgent, "HIGH"));

        OrganisationUnreachable unreachable = IntegrationEvents.dataOf(await(NotificationEvents.ORGANISATION_UNREACHABLE
                .type(), 1).get(0), NotificationEvents.ORGANISATION_UNREACHABLE);
        assertThat(unreachable.organisationId()).isEqualTo(organisation);
        assertThat(unreachable.caseReference()).isEqualTo(urgent);
        assertThat(unreachable.since()).isEqualTo(IntegrationEvents.dataOf(offered, CoordinatorEvents.CASE_OFFERED).offeredAt());

        Await.until(WAIT, "the organisation remembered as unreachable",
                () -> count("select count(*) from unreachable_organisation where organisation_id = ?") == 1);
        receiver.alwaysAnswer("/hook", TestReceiver.Answer.of(204));
        String next = UUID.randomUUID().toString();
        publish(organisation, CoordinatorEvents.CASE_OFFERED, next, offer(next, "NORMAL"));

        List<CloudEvent> reachable = await(NotificationEvents.ORGANISATION_REACHABLE.type(), 1);
        OrganisationReachable again = IntegrationEvents.dataOf(reachable.get(0), NotificationEvents.ORGANISATION_REACHABLE);
        assertThat(again.organisationId()).isEqualTo(organisation);
        assertThat(again.since()).isAfterOrEqualTo(unreachable.since());
        assertThat(count("select count(*) from unreachable_organisation where organisation_id = ?")).isZero();
    }

    @Test
    void onlyAHighOfferQueuedForAWebhookIsWatched() {
        String withoutWebhook = UUID.randomUUID().toString();
        publish(organisation, CoordinatorEvents.CASE_OFFERED, withoutWebhook, offer(withoutWebhook, "HIGH"));
        Await.until(WAIT, "the offer stored before any subscription", () -> stored(withoutWebhook));
        subscribe();
        String normal = UUID.randomUUID().toString();
        String urgent = UUID.randomUUID().toString();
        publish(organisation, CoordinatorEvents.CASE_OFFERED, normal, offer(normal, "NORMAL"));
        publish(organisation, CoordinatorEvents.CASE_OFFERED, urgent, offer(urgent, "HIGH"));

        List<CloudEvent> facts = await(NotificationEvents.ORGANISATION_UNREACHABLE.type(), 1);

        // The watch is stored with the offer, in one transaction: an offer stored without one was never watched.
        assertThat(stored(normal)).isTrue();
        assertThat(facts).extracting(fact -> IntegrationEvents.dataOf(fact, NotificationEvents.ORGANISATION_UNREACHABLE)
                .caseReference()).containsExactly(urgent);
        assertThat(count("select count(*) from scheduled_tasks where task_name = '" + ReachabilityTasks.URGENT_OFFER
                + "' and task_instance like ? || '%'")).isZero();
    }

    private void subscribe() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TOKENS.organisation(organisation));
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> created = rest.exchange("/webhook-subscriptions", HttpMethod.POST, new HttpEntity<>(
                Map.of("url", receiver.url("/hook")), headers), String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        assertThat(created.getBody()).contains("\"ACTIVE\"");
    }

    private CaseOffered offer(String caseReference, String urgency) {
        return new CaseOffered(caseReference, organisation, "PSN-5C", "GM0553", List.of("HOUSING"), List.of(), urgency,
                null, Instant.now().plus(Duration.ofDays(1)), Instant.now(), "/cases/" + caseReference + "/offer");
    }

    /** The organisation's facts of one type on the reachability topic, once there are {@code expected}. */
    private List<CloudEvent> await(String type, int expected) {
        List<CloudEvent> facts = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(),
                        Topics.NOTIFICATION_REACHABILITY, record -> organisation.equals(record.key()),
                        found -> found.stream().filter(r -> r.value().contains(type)).count() >= expected, WAIT)
                .stream().map(record -> IntegrationEvents.parse(record.value()))
                .filter(event -> event.type().equals(type)).toList();
        assertThat(facts).as(type).hasSize(expected);
        return facts;
    }

    private boolean stored(String caseReference) {
        return jdbc.queryForObject("select count(*) from party_event where party_id = ? and subject = ?", Integer.class,
                organisation, caseReference) == 1;
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, organisation);
    }
}
