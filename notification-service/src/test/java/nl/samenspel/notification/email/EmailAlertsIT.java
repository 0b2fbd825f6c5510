package nl.samenspel.notification.email;

import jakarta.mail.internet.MimeMessage;
import nl.samenspel.events.coordinator.CaseOffered;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.events.coordinator.HandoverRequested;
import nl.samenspel.events.coordinator.OfferAccepted;
import nl.samenspel.local.LocalMailServer;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TestTokenIssuer;
import nl.samenspel.notification.SharedContext;
import nl.samenspel.notification.alert.DeliveryFailed;
import nl.samenspel.notification.alert.SubscriptionFailing;
import nl.samenspel.notification.party.Party;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.samenspel.notification.AddressedEvents.offer;
import static nl.samenspel.notification.AddressedEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail alerts end to end: a party's address verified with the code mailed to it, events from Kafka, mails read
 * back from a real SMTP server (GreenMail). A mail names the kind, the deadline and the console, never a resident.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SharedContext.PROPERTIES)
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class EmailAlertsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final TestTokenIssuer TOKENS = TestTokenIssuer.get();
    private static final LocalMailServer MAIL = TestInfrastructure.mail();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aVerifiedAddressHearsOfANewOfferWithItsKindDeadlineAndLinkButNothingAboutTheResident() {
        String organisation = UUID.randomUUID().toString();
        String address = verifiedContact(organisation);
        String caseReference = UUID.randomUUID().toString();
        Instant deadline = Instant.parse("2031-03-04T13:00:00Z");
        publish(organisation, CoordinatorEvents.CASE_OFFERED, caseReference, new CaseOffered(caseReference,
                organisation, "PSN-7F3A9C", "GM0553", List.of("HOUSING"), List.of("OLDER_PEOPLE"), "HIGH", null,
                deadline, Instant.now(), "/cases/" + caseReference + "/offer"));

        MimeMessage mail = awaitMail(address, "nieuw aanbod");
        String body = body(mail);

        assertThat(body).contains("urgentie hoog", "urgency high", "4 maart 2031 om 14:00", "4 March 2031 at 14:00",
                "http://127.0.0.1:8080/inbox");
        assertThat(body + subject(mail)).doesNotContain("PSN-7F3A9C", caseReference, "GM0553", "HOUSING",
                "OLDER_PEOPLE", organisation);
    }

    @Test
    void aHandoverRequestIsMailedAsAHandover() {
        String organisation = UUID.randomUUID().toString();
        String address = verifiedContact(organisation);
        String caseReference = UUID.randomUUID().toString();
        publish(organisation, CoordinatorEvents.HANDOVER_REQUESTED, caseReference, new HandoverRequested(caseReference,
                organisation, UUID.randomUUID().toString(), "PSN-11AA22", "GM0553", List.of("MONEY_AND_DEBTS"),
                List.of("MENTAL_HEALTH"), "NORMAL", null, organisation, null, "EXPERTISE", true,
                Instant.parse("2031-05-06T08:00:00Z"), Instant.now(), "/handovers/x"));

        String body = body(awaitMail(address, "overdracht"));

        assertThat(body).contains("over te nemen", "take a case over", "urgentie normaal", "6 mei 2031 om 10:00");
        assertThat(body).doesNotContain("PSN-11AA22", caseReference, "MONEY_AND_DEBTS");
    }

    @Test
    void anAddressNotYetVerifiedGetsOnlyItsCode() {
        String organisation = UUID.randomUUID().toString();
        String address = "alerts-" + organisation + "@unverified.example";
        ResponseEntity<AlertContactView> put = rest.exchange("/alert-contact", HttpMethod.PUT,
                request(TOKENS.organisation(organisation), Map.of("email", address)), AlertContactView.class);
        assertThat(put.getStatusCode().value()).isEqualTo(200);
        assertThat(put.getBody().verified()).isFalse();
        String caseReference = UUID.randomUUID().toString();
        publish(organisation, CoordinatorEvents.CASE_OFFERED, caseReference, offer(caseReference, organisation,
                Instant.now(), Instant.now().plus(3, ChronoUnit.DAYS)));

        Await.until(WAIT, "the offer stored for the organisation", () -> count(
                "select count(*) from party_event where party_id = ?", organisation) == 1);
        assertThat(jdbc.queryForList("select kind from alert_mail where party_id = ?", String.class, organisation))
                .containsExactly("VERIFICATION");
    }

    @Test
    void aWrongCodeIsRefusedAndTooManyEndTheVerification() {
        String organisation = UUID.randomUUID().toString();
        String address = "alerts-" + organisation + "@guess.example";
        rest.exchange("/alert-contact", HttpMethod.PUT, request(TOKENS.organisation(organisation),
                Map.of("email", address)), String.class);
        String code = code(awaitMail(address, "bevestig"));
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 5; i++) {
            ResponseEntity<String> refused = verify(organisation, wrong);
            assertThat(refused.getStatusCode().value()).isEqualTo(422);
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        }
        assertThat(verify(organisation, code).getBody()).contains("expired or was entered wrongly too often");
        assertThat(rest.exchange("/alert-contact", HttpMethod.GET, request(TOKENS.organisation(organisation), null),
                AlertContactView.class).getBody().verified()).isFalse();
    }

    @Test
    void anAddressThatIsNoAddressIsRefusedAndNothingIsStored() {
        String organisation = UUID.randomUUID().toString();
        ResponseEntity<String> refused = rest.exchange("/alert-contact", HttpMethod.PUT,
                request(TOKENS.organisation(organisation), Map.of("email", "not an address")), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(count("select count(*) from alert_contact where party_id = ?", organisation)).isZero();
        assertThat(rest.exchange("/alert-contact", HttpMethod.GET, request(TOKENS.organisation(organisation), null),
                String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aMunicipalityHasAnAddressOfItsOwnAndASupporterHasNone() {
        String municipality = "GM" + (1000 + (int) (Math.random() * 8999));
        String address = "alerts-" + municipality.toLowerCase() + "@gemeente.example";
        rest.exchange("/alert-contact", HttpMethod.PUT, request(TOKENS.municipality(municipality),
                Map.of("email", address)), String.class);
        rest.exchange("/alert-contact/verification", HttpMethod.POST, request(TOKENS.municipality(municipality),
                Map.of("code", code(awaitMail(address, "bevestig")))), String.class);

        AlertContactView contact = rest.exchange("/alert-contact", HttpMethod.GET,
                request(TOKENS.municipality(municipality), null), AlertContactView.class).getBody();
        assertThat(contact.email()).isEqualTo(address);
        assertThat(contact.verified()).isTrue();
        assertThat(contact.verifiedAt()).isNotNull();
        assertThat(rest.exchange("/alert-contact", HttpMethod.GET, request(TOKENS.supporter(UUID.randomUUID().toString(),
                UUID.randomUUID().toString()), null), String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(rest.exchange("/alert-contact", HttpMethod.DELETE, request(TOKENS.municipality(municipality), null),
                String.class).getStatusCode().value()).isEqualTo(204);
        assertThat(rest.exchange("/alert-contact", HttpMethod.GET, request(TOKENS.municipality(municipality), null),
                String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anOfferUnansweredHalfwayToItsDeadlineIsRemindedOnceAndAnAnsweredOneIsNot() {
        String organisation = UUID.randomUUID().toString();
        String address = verifiedContact(organisation);
        String unanswered = UUID.randomUUID().toString();
        String answered = UUID.randomUUID().toString();
        // The unanswered offer's halfway is eight seconds from now (a new topic is found and assigned first), the
        // answered one's 25: time to answer it first. The answer comes on the same key as its offer, so after it.
        publish(organisation, CoordinatorEvents.CASE_OFFERED, unanswered, offer(unanswered, organisation,
                Instant.now().minusSeconds(30), Instant.now().plusSeconds(46)));
        publish(organisation, CoordinatorEvents.CASE_OFFERED, answered, offer(answered, organisation,
                Instant.now().minusSeconds(30), Instant.now().plusSeconds(80)));
        Await.until(WAIT, "the answered offer's reminder stored as a scheduled task, where a restart finds it",
                () -> reminders(answered) == 1);
        publish(organisation, CoordinatorEvents.OFFER_ACCEPTED, answered, new OfferAccepted(answered, organisation,
                "PSN-1", "GM0553", List.of(), List.of(), "NORMAL", UUID.randomUUID().toString(), Instant.now(), "/x"));

        MimeMessage reminder = awaitMail(address, "nog niet beantwoord");
        Await.until(WAIT, "the answered offer's reminder cancelled", () -> reminders(answered) == 0);

        assertThat(body(reminder)).contains("de helft van de tijd is om", "half its time has passed");
        assertThat(jdbc.queryForList("select about from alert_mail where party_id = ? and kind = 'UNANSWERED_HALFWAY'",
                String.class, organisation)).singleElement().asString().endsWith(unanswered);
    }

    @Test
    void aFailingWebhookIsMailedAtMostOncePerSubscriptionPerDay() {
        String organisation = UUID.randomUUID().toString();
        String address = verifiedContact(organisation);
        Party party = Party.organisation(organisation);
        UUID subscription = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new SubscriptionFailing(subscription, party, "https://receiver.example/hook",
                    Instant.now(), "HTTP 500"));
            events.publishEvent(new DeliveryFailed(subscription, party, 1L, "event-1", "HTTP 500"));
            events.publishEvent(new SubscriptionFailing(other, party, "https://other.example/hook", Instant.now(),
                    "connect timed out"));
        });

        Await.until(WAIT, "two failing mails", () -> MAIL.receivedFor(address).stream()
                .filter(mail -> subject(mail).contains("webhook faalt")).count() == 2);
        assertThat(jdbc.queryForList("select about from alert_mail where party_id = ? and kind = 'WEBHOOK_FAILING'",
                String.class, organisation)).containsExactlyInAnyOrder(subscription.toString(), other.toString());
    }

    private String verifiedContact(String organisation) {
        String address = "alerts-" + organisation + "@org.example";
        ResponseEntity<AlertContactView> put = rest.exchange("/alert-contact", HttpMethod.PUT,
                request(TOKENS.organisation(organisation), Map.of("email", address)), AlertContactView.class);
        assertThat(put.getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> verified = verify(organisation, code(awaitMail(address, "bevestig")));
        assertThat(verified.getStatusCode().value()).isEqualTo(200);
        return address;
    }

    private ResponseEntity<String> verify(String organisation, String code) {
        return rest.exchange("/alert-contact/verification", HttpMethod.POST, request(TOKENS.organisation(organisation),
                Map.of("code", code)), String.class);
    }

    private int reminders(String caseReference) {
        return count("select count(*) from scheduled_tasks where task_name = ? and task_instance like ?",
                HalfwayReminders.TASK, "%:" + caseReference);
    }

    private int count(String sql, Object... arguments) {
        Integer count = jdbc.queryForObject(sql, Integer.class, arguments);
        return count == null ? 0 : count;
    }

    private static MimeMessage awaitMail(String address, String subjectPart) {
        Await.until(WAIT, "a mail '" + subjectPart + "' to " + address, () -> MAIL.receivedFor(address).stream()
                .anyMatch(mail -> subject(mail).contains(subjectPart)));
        return MAIL.receivedFor(address).stream().filter(mail -> subject(mail).contains(subjectPart)).findFirst().orElseThrow();
    }

    private static String code(MimeMessage mail) {
        Matcher code = Pattern.compile("\\b([0-9]{6})\\b").matcher(body(mail));
        assertThat(code.find()).as("a six-digit code in the mail").isTrue();
        return code.group(1);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpEntity<Object> request(String token, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return new HttpEntity<>(body, headers);
    }
}
