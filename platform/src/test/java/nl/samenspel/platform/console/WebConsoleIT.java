package nl.samenspel.platform.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.events.notification.NotificationEvents;
import nl.samenspel.events.notification.OrganisationUnreachable;
import nl.samenspel.network.NetworkApplication;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.Http;
import nl.samenspel.platform.LocalPlatform;
import nl.samenspel.platform.PlatformSettings;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console in a real browser against the real platform (PostgreSQL, Kafka, the issuer's login form, the three
 * services): one case carried from intake to a closed, evaluated case across two organisations, each step a test
 * named after what the person achieves, in order. Every page is checked with axe-core in Dutch and English, and the
 * main pages are saved as screenshots for the README.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebConsoleIT {

    /** Demo region organisations and people (identity.yml, DemoRegionSeeder). */
    static final String OAB = "a0c5a792-40c2-3eb0-a6f6-084abf69a3db";
    static final String OAB_SUPPORTER = "0f2cff25-3512-38ac-b68b-261b51b0fbb0";
    static final String CDB = "7bf45887-5246-3dd4-9f64-c4bcadb7957c";
    static final String CDB_SUPPORTER = "335a550d-ef39-33f9-b8cd-4cbf95253d8f";
    /** Ordinary text with characters that mean something in HTML: stored as given, shown as text. */
    static final String SUMMARY = "Hulp bij post & boodschappen (3 < 5 keer per week), <b>dringend</b>";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERIFICATION = "nl.samenspel.notification.webhook-verification.v1";
    private static final String TEST = "nl.samenspel.notification.webhook-test.v1";
    private static final String PSEUDONYM = "R-WEB-" + UUID.randomUUID().toString().substring(0, 8);
    private static LocalPlatform platform;
    private static Browser browser;
    private static String reference;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        platform = LocalPlatform.start(new PlatformSettings(null, 0, 0, 0, 0, 0, true));
        browser = Browser.open(platform.consoleUri());
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
    void theCoordinatorLogsInOpensACaseReadsTheExplainedCandidatesAndTheExcludedOnesAndDispatchesIt() throws Exception {
        browser.loginAs("coordinator");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/queue");
        assertThat(browser.text("h1")).isEqualTo("Werkvoorraad");
        accessibleInBothLanguages("queue");

        browser.go("/cases/new");
        browser.type("#open-residentPseudonym", "x").choose("#open-municipalityCode", "GM0553")
                .click("input[name=lifeDomains][value=CARE_AND_SUPPORT]").click("input[name=targetGroups][value=OLDER_PEOPLE]")
                .choose("#open-phase", "ORIENTATION").choose("#open-urgency", "NORMAL");
        browser.click("form[action$='/cases'] button[type=submit]");
        assertThat(browser.text("#open-residentPseudonym-error")).as("the API's message next to the field").isNotBlank();
        assertThat(queueHolds(PSEUDONYM)).as("nothing stored").isFalse();
        browser.assertAccessible("open case, refused");

        browser.type("#open-residentPseudonym", PSEUDONYM);
        browser.screenshot("open-case");
        browser.click("form[action$='/cases'] button[type=submit]");
        browser.find("[data-testid=candidates]");
        reference = browser.driver().getCurrentUrl().replaceAll(".*/cases/", "");
        assertThat(browser.text("[data-testid=case-state]")).isEqualTo("Nieuw, wacht op toewijzing");
        assertThat(browser.text("[data-testid=candidates]")).as("each score explained in words")
                .contains("Werkgebied", "werkt in de gemeente (of wijk) van de inwoner", "serves GM0553");
        assertThat(browser.text("[data-testid=excluded]")).as("the excluded supporters with their reasons in words")
                .contains("Werkt niet in de gemeente van de inwoner");
        accessibleInBothLanguages("case (coordinator)");
        browser.screenshot("case-coordinator");

        WebElement oab = browser.all("[data-testid=candidates] tbody tr").stream()
                .filter(row -> row.getText().contains("Ouderenadviseurs KBO-PCOB")).findFirst().orElseThrow();
        browser.click(oab.findElement(By.cssSelector("[data-testid=dispatch]")));
        browser.waitForText("[data-testid=done]", "aangeboden");
        assertThat(browser.text("[data-testid=case-state]")).isEqualTo("Aangeboden, wacht op acceptatie");
        browser.go("/queue?section=OFFERS_AWAITING_ACCEPTANCE&sort=deadline");
        browser.waitForText("[data-testid=queue-rows]", PSEUDONYM);
        browser.screenshot("queue");

        reportUnreachable(OAB, reference);
        waitUntil("/queue?section=OFFERS_AWAITING_ACCEPTANCE&sort=deadline", "[data-testid=queue-rows]",
                "Organisatie onbereikbaar");
        assertThat(browser.text("[data-testid=organisation-unreachable]")).isEqualTo("Organisatie onbereikbaar");
        accessibleInBothLanguages("queue, an organisation unreachable");
        browser.logout();
    }

    /** The notification-service's report after the organisation's webhook did not take the offer within two hours. */
    private static void reportUnreachable(String organisationId, String caseReference) {
        OrganisationUnreachable data = new OrganisationUnreachable(organisationId, caseReference,
                Instant.now().minus(Duration.ofHours(2)));
        CloudEvent event = IntegrationEvents.envelope(NotificationEvents.ORGANISATION_UNREACHABLE,
                UUID.randomUUID().toString(), Topics.sourceOf("notification-service"), organisationId, Instant.now(), null,
                data);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(Topics.NOTIFICATION_REACHABILITY, organisationId,
                    IntegrationEvents.toJson(event)));
            producer.flush();
        }
    }

    @Test
    @Order(2)
    void theOrganisationsStaffSeeTheOfferInTheirInboxWithinSecondsAndAcceptItForASupporter() throws Exception {
        browser.loginAs("oab-staff");
        browser.waitForText("[data-testid=inbox-rows]", PSEUDONYM);
        assertThat(Integer.parseInt(browser.text("[data-testid=unanswered]"))).isPositive();
        accessibleInBothLanguages("inbox");
        browser.screenshot("inbox");

        browser.go("/cases/" + reference);
        browser.click("[data-testid=accept]");
        assertThat(browser.text("[data-testid=form-error]")).as("accepting without choosing a supporter").isNotBlank();
        assertThat(browser.text("[data-testid=case-state]")).as("nothing stored").isEqualTo("Aangeboden, wacht op acceptatie");
        browser.click("form[action$='/decline'] button");
        assertThat(browser.text("[data-testid=form-error]")).as("declining without a reason").isNotBlank();
        browser.go("/cases/" + reference);
        accessibleInBothLanguages("case (organisation, offer)");

        browser.choose("#accept-supporter", OAB_SUPPORTER).click("[data-testid=accept]");
        browser.waitForText("[data-testid=done]", "opgeslagen");
        assertThat(browser.text("[data-testid=owner]")).contains("OAB ondersteuner 1");
        browser.go("/organisation");
        assertThat(browser.text("[data-testid=open-cases]")).contains(PSEUDONYM);
        accessibleInBothLanguages("organisation");
        browser.logout();
    }

    @Test
    @Order(3)
    void theSupporterLogsHoursRecordsConsentAndRequestsAWarmHandover() throws Exception {
        browser.loginAs("oab-supporter");
        assertThat(browser.text("[data-testid=my-cases]")).contains(PSEUDONYM);
        accessibleInBothLanguages("my cases");
        browser.screenshot("my-cases");
        browser.go("/cases/" + reference);
        assertThat(browser.find("#hours-workedOn").getDomAttribute("max")).as("no future dates").isNotBlank();

        browser.type("#hours-minutes", "0").click("form[action$='/hours'] button");
        assertThat(browser.text("[data-testid=form-error]")).as("zero minutes refused").isNotBlank();
        assertThat(browser.text("[data-testid=total-hours]")).isEqualTo("0:00 uur");
        browser.type("#hours-minutes", "90").click("form[action$='/hours'] button");
        browser.waitForText("[data-testid=done]", "tijd");
        assertThat(browser.text("[data-testid=total-hours]")).isEqualTo("1:30 uur");

        browser.choose("#consent-organisation", CDB).click("form[action$='/consents'] button");
        browser.waitForText("[data-testid=consents]", "Cliëntenbelang Duin en Bollen");

        accessibleInBothLanguages("case (supporter)");
        browser.choose("#handover-to", CDB).choose("#handover-reason", "EXPERTISE").click("input[name=warm]")
                .type("#handover-questionSoFar", "Bel mevrouw op 06-12345678").type("#handover-agreementsMade", "Elke week bellen")
                .type("#handover-nextSteps", "Samen op huisbezoek");
        browser.click("form[action$='/handovers'] button");
        assertThat(browser.text("[data-testid=form-error]")).as("a phone number in a summary is refused")
                .contains("phone number");
        assertThat(browser.text("[data-testid=case-state]")).as("nothing stored").isNotEqualTo("Overdracht loopt");
        browser.type("#handover-questionSoFar", SUMMARY);
        browser.screenshot("case-supporter");
        browser.click("form[action$='/handovers'] button");
        browser.waitForText("[data-testid=done]", "overdracht");
        assertThat(browser.text("[data-testid=case-state]")).isEqualTo("Overdracht loopt");
        browser.logout();
    }

    @Test
    @Order(4)
    void theReceivingOrganisationsStaffReadTheSummaryWhileConsentHoldsAndAccept() throws Exception {
        browser.loginAs("cdb-staff");
        browser.waitForText("[data-testid=inbox-rows]", PSEUDONYM);
        browser.go("/cases/" + reference);
        assertThat(browser.text("[data-testid=summary]")).as("free text shown as text, never markup")
                .contains(SUMMARY, "Elke week bellen", "Samen op huisbezoek");
        assertThat(auditedSummaryReads()).as("the read is in the audit log").isPositive();
        accessibleInBothLanguages("case (organisation, handover)");
        browser.screenshot("case-handover-summary");
        browser.logout();

        browser.loginAs("oab-supporter").go("/cases/" + reference);
        browser.click("form[action*='/withdrawal'] button");
        browser.find("[data-testid=no-consents]");
        browser.logout();

        browser.loginAs("cdb-staff").go("/cases/" + reference);
        assertThat(browser.text("[data-testid=summary-unavailable]")).contains("toestemming");
        assertThat(browser.all("[data-testid=summary]")).as("consent withdrawn hides the summary").isEmpty();
        browser.choose("#accept-supporter", CDB_SUPPORTER).click("[data-testid=accept]");
        browser.waitForText("[data-testid=done]", "opgeslagen");
        assertThat(browser.text("[data-testid=owner]")).contains("CDB ondersteuner 1");
        browser.logout();
    }

    @Test
    @Order(5)
    void theSupporterClosesTheCaseAndRecordsTheResidentsExperience() throws Exception {
        browser.loginAs("cdb-supporter").go("/cases/" + reference);
        browser.click("form[action$='/close'] button");
        assertThat(browser.text("[data-testid=form-error]")).as("closing without an outcome").isNotBlank();
        assertThat(browser.text("[data-testid=case-state]")).isEqualTo("Loopt");
        browser.click("input[name=outcome][value=RESOLVED]").click("form[action$='/close'] button");
        browser.waitForText("[data-testid=done]", "afgesloten");
        assertThat(browser.driver().getCurrentUrl()).as("on to the resident's experience").endsWith("/experience");
        accessibleInBothLanguages("experience");

        for (String statement : new String[]{"helpful", "canCarryOn", "ownChoices", "sameSupporterAgain", "wouldRecommend"}) {
            browser.click("input[name=" + statement + "][value='4']");
        }
        browser.type("#experience-improvementPoints", "Sneller terugbellen");
        browser.screenshot("experience");
        browser.click("form[action$='/experience'] button");
        browser.waitForText("[data-testid=done]", "ervaring");
        browser.go("/my-cases");
        assertThat(browser.text("[data-testid=my-cases]")).contains(PSEUDONYM, "Afgesloten");
        browser.logout();
    }

    @Test
    @Order(6)
    void aSupporterFilesASignalWithoutPersonalDataAndFollowsItsStatusInTheOrganisationsList() throws Exception {
        browser.loginAs("cdb-supporter").go("/signals");
        assertThat(browser.all("[data-testid=signals] tbody tr")).as("no signals of this organisation yet").isEmpty();
        browser.click("[data-testid=file-signal]");
        accessibleInBothLanguages("file signal");

        browser.choose("#signal-municipalityCode", "GM0553").choose("#signal-categoryCode", "WAITING_TIMES")
                .choose("#signal-lifeDomain", "CARE_AND_SUPPORT").choose("#signal-targetGroup", "OLDER_PEOPLE")
                .type("#signal-residentsConcerned", "4")
                .type("#signal-description", "Mevrouw wacht al maanden, bel haar op 06-12345678");
        browser.click("form[action$='/signals'] button[type=submit]");
        assertThat(browser.text("#signal-description-error")).as("the API's message next to the field")
                .contains("'description'");
        assertThat(browser.find("#signal-municipalityCode").getDomProperty("value")).as("what was typed is kept")
                .isEqualTo("GM0553");
        browser.assertAccessible("file signal, refused");

        browser.type("#signal-description", "Ouderen wachten maanden op een keukentafelgesprek & <een> besluit.");
        browser.screenshot("file-signal");
        browser.click("form[action$='/signals'] button[type=submit]");
        browser.find("[data-testid=done]");
        for (int tries = 0; tries < 40 && browser.all("[data-testid=signals] tbody tr").isEmpty(); tries++) {
            Thread.sleep(500);
            browser.go("/signals");
        }
        assertThat(browser.all("[data-testid=signals] tbody tr")).as("the filed signal, and not the refused one").hasSize(1);
        assertThat(browser.text("[data-testid=signals]")).contains("Wachttijden", "Lisse", "Gemeld");
        accessibleInBothLanguages("signals");
        browser.screenshot("signals");

        browser.click("[data-testid=signals] tbody a");
        assertThat(browser.text("main")).as("free text shown as text")
                .contains("Ouderen wachten maanden op een keukentafelgesprek & <een> besluit.");
        accessibleInBothLanguages("signal");
        browser.logout();
    }

    @Test
    @Order(7)
    void theCoordinatorAdmitsAnAppliedOrganisationAndSeesTheCoverageMatrixWithItsGapsMarked() throws Exception {
        String name = "Buurtsteun Noordwijkerhout";
        HttpResponse<String> applied = Http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + platform.portOf(NetworkApplication.class) + "/organisations"))
                .header("Authorization", "Bearer " + platform.tokens().coordinator())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "%s", "kvkNumber": "%08d", "kind": "VOLUNTEER", "municipalities": ["GM0575"],
                         "contactPoint": "info@buurtsteun.example", "decidesOnAccess": false}"""
                        .formatted(name, 90_000_000 + new java.util.Random().nextInt(9_999_999)))).build());
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);

        browser.loginAs("coordinator").go("/network/organisations");
        assertThat(organisationRow(name).getText()).contains("Aangemeld");
        accessibleInBothLanguages("organisations");
        browser.click(organisationRow(name).findElement(By.cssSelector("[data-testid=admit]")));
        browser.waitForText("[data-testid=done]", "toegelaten");
        for (int tries = 0; tries < 40 && !organisationRow(name).getText().contains("Toegelaten"); tries++) {
            Thread.sleep(500);
            browser.go("/network/organisations");
        }
        assertThat(organisationRow(name).getText()).contains("Toegelaten");
        browser.screenshot("network-organisations");

        browser.go("/network/coverage?municipality=GM0575");
        assertThat(browser.text("[data-testid=coverage] caption")).contains("Noordwijk");
        assertThat(browser.all("[data-testid=coverage] [data-testid=gap]")).as("the gaps are marked in words").isNotEmpty()
                .allSatisfy(gap -> assertThat(gap.getText()).isEqualTo("Lacune"));
        assertThat(browser.text("[data-testid=gap-count]")).contains("lacune");
        accessibleInBothLanguages("coverage");
        browser.screenshot("network-coverage");
        browser.logout();
    }

    @Test
    @Order(8)
    void theCoordinatorSavesTheQueuesFiltersAsAPersonalQuickLinkAndRemovesIt() throws Exception {
        browser.loginAs("coordinator").go("/queue?section=OFFERS_AWAITING_ACCEPTANCE&municipality=GM0553&sort=deadline");
        browser.click("[data-testid=save-quick-link]");
        assertThat(browser.text("#quick-link-name-error")).as("a quick link needs a name").contains("naam");
        assertThat(browser.all("[data-testid=quick-links] li")).as("nothing saved").isEmpty();

        String name = "Lisse: aangeboden <op termijn> & \"snel\"";
        browser.type("#quick-link-name", name).click("[data-testid=save-quick-link]");
        browser.find("[data-testid=quick-link-saved]");
        assertThat(browser.text("[data-testid=quick-links]")).as("the name shown as typed").contains(name);
        accessibleInBothLanguages("queue with a quick link");
        browser.screenshot("queue-quick-links");

        browser.go("/queue");
        browser.click(browser.driver().findElement(By.linkText(name)));
        assertThat(browser.driver().getCurrentUrl()).contains("section=OFFERS_AWAITING_ACCEPTANCE", "municipality=GM0553", "sort=deadline");
        assertThat(browser.find("#queue-filters select[name=municipality]").getDomProperty("value")).isEqualTo("GM0553");

        browser.click("[data-testid=remove-quick-link]");
        browser.find("#queue-table");
        assertThat(browser.all("[data-testid=quick-links] li")).as("removed").isEmpty();
        browser.logout();
    }

    private static WebElement organisationRow(String name) {
        return browser.all("[data-testid=organisations] tbody tr").stream()
                .filter(row -> row.getText().contains(name)).findFirst().orElseThrow();
    }

    @Test
    @Order(9)
    void anotherOrganisationsPersonGetsTheSamePageForTheCaseAsForOneThatDoesNotExist() throws Exception {
        browser.loginAs("oab-staff").go("/cases/" + reference);
        String theCase = browser.text("main");
        browser.go("/cases/" + UUID.randomUUID());
        assertThat(browser.text("main")).isEqualTo(theCase).contains("Niet gevonden");
        accessibleInBothLanguages("not found");
        browser.logout();
    }

    @Test
    @Order(10)
    void theCoordinatorRegistersASupporterEditsTheCapacityRecordsLeaveAndSeesTheExpiringRegistrationHighlighted() throws Exception {
        String name = "Ondersteuner " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now();
        browser.loginAs("coordinator").go("/network/supporters");
        accessibleInBothLanguages("supporters");
        browser.click("[data-testid=register-supporter]");
        accessibleInBothLanguages("register a supporter");

        browser.choose("#supporter-organisationId", CDB).type("#supporter-displayName", name).choose("#supporter-kind", "FORMAL")
                .click("input[name=lifeDomains][value=CARE_AND_SUPPORT]").click("input[name=targetGroups][value=OLDER_PEOPLE]")
                .click("input[name=municipalities][value=GM0553]").type("#supporter-languages", "nl")
                .type("#supporter-capacity", "veel").type("#supporter-registerNumber", "BCMB-" + name.substring(13));
        date("#supporter-registrationValidUntil", today.plusDays(30));
        browser.click("[data-testid=register]");
        assertThat(browser.text("[id='supporter-profile.capacity-error']")).as("the API's message next to the field")
                .contains("'profile.capacity'");
        assertThat(browser.find("#supporter-displayName").getDomProperty("value")).as("what was typed is kept").isEqualTo(name);
        browser.assertAccessible("register a supporter, refused");
        browser.type("#supporter-capacity", "3").click("[data-testid=register]");
        browser.waitForText("[data-testid=done]", "geregistreerd");
        for (int tries = 0; tries < 40 && supporterRows(name).isEmpty(); tries++) {
            Thread.sleep(500);
            browser.go("/network/supporters");
        }
        assertThat(supporterRows(name)).as("registered once: the refused form stored nothing").hasSize(1);
        WebElement row = supporterRows(name).get(0);
        assertThat(row.getDomAttribute("class")).as("highlighted").contains("warn");
        assertThat(row.findElement(By.cssSelector("[data-testid=registration]")).getText())
                .as("the expiring registration marked in words").contains("Verloopt binnen 60 dagen");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        browser.screenshot("network-supporters");

        browser.click(row.findElement(By.linkText(name)));
        browser.find("#profile-capacity");
        accessibleInBothLanguages("supporter");
        browser.type("#profile-capacity", "-1").click("[data-testid=save-profile]");
        assertThat(browser.text("#profile-capacity-error")).as("below zero refused next to the field").contains("below zero");
        assertThat(browser.text("[data-testid=caseload]")).as("nothing stored").isEqualTo("0 / 3");
        browser.type("#profile-capacity", "6").click("[data-testid=save-profile]");
        browser.waitForText("[data-testid=done]", "profiel");
        String page = browser.driver().getCurrentUrl().replaceAll("\\?.*", "");
        waitUntil(page, "[data-testid=caseload]", "0 / 6");

        browser.choose("#availability-status", "ON_LEAVE");
        date("#availability-leaveFrom", today.plusDays(10));
        date("#availability-leaveUntil", today.plusDays(5));
        browser.click("[data-testid=save-availability]");
        assertThat(browser.text("#availability-leaveUntil-error")).as("leave ending before it starts, next to the field")
                .contains("(leaveUntil)");
        browser.assertAccessible("supporter, refused leave");
        assertThat(browser.text("[data-testid=availability]")).as("nothing stored").isEqualTo("Actief");
        date("#availability-leaveUntil", today.plusDays(20));
        browser.click("[data-testid=save-availability]");
        browser.waitForText("[data-testid=done]", "beschikbaarheid");
        waitUntil(page, "[data-testid=availability]", "Met verlof van");
        browser.screenshot("network-supporter");
        browser.click("[data-testid=end-leave]");
        waitUntil(page, "[data-testid=availability]", "Actief");
        browser.logout();
    }

    private static List<WebElement> supporterRows(String name) {
        return browser.all("[data-testid=supporters] tbody tr").stream().filter(row -> row.getText().contains(name)).toList();
    }

    /** Sets a date field as its picker would (typing into one depends on the browser's locale). */
    private static void date(String css, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(css), date.toString());
    }

    /** Reloads the page until the element shows the text: the directory follows the service's events. */
    private static void waitUntil(String page, String css, String text) throws InterruptedException {
        for (int tries = 0; tries < 40 && !browser.text(css).contains(text); tries++) {
            Thread.sleep(500);
            browser.go(page.replace(platform.consoleUri(), ""));
        }
        assertThat(browser.text(css)).contains(text);
    }

    @Test
    @Order(11)
    void anExpiredSessionReloadsToTheLoginAndLogoutEndsTheSession() throws Exception {
        browser.loginAs("coordinator");
        browser.find("#queue-table");
        // The issuer's session ends too, as it would after a long break; then the console's session expires.
        browser.driver().get(platform.issuer().issuerUri() + "/login");
        browser.driver().manage().deleteAllCookies();
        browser.go("/queue");
        expireConsoleSessions();
        // No navigation by the test: the queue's own refresh meets the expired session and reloads to the login.
        browser.find("#username");

        browser.loginAs("coordinator");
        browser.logout();
        browser.go("/queue");
        browser.find("#username");
        assertThat(browser.driver().getCurrentUrl()).startsWith(platform.issuer().issuerUri());
    }

    @Test
    @Order(12)
    void theOrganisationsStaffAddAWebhookSeeItsSecretOnceVerifyItWithTheCodeAndReceiveASignedTestEvent() throws Exception {
        String alertAddress = "meldingen-" + UUID.randomUUID().toString().substring(0, 8) + "@oab.example";
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            browser.loginAs("oab-staff").go("/notifications");
            browser.type("#webhook-new-url", "http://192.0.2.10/hooks").click("[data-testid=add-webhook]");
            assertThat(browser.text("[data-testid=form-error]")).as("plain http only to loopback").contains("https");
            assertThat(browser.all("[data-testid=webhook]")).as("nothing stored").isEmpty();

            String requestKey = browser.find("#webhook-new input[name=requestKey]").getDomProperty("value");
            browser.type("#webhook-new-url", receiver.url())
                    .click("input[name=types][value='nl.samenspel.coordinator.case-offered.v1']")
                    .click("[data-testid=add-webhook]");
            assertThat(browser.text("[data-testid=secret]")).contains("niet meer getoond");
            String secret = browser.find("[data-testid=signing-secret]").getDomProperty("value");
            assertThat(secret).startsWith("whsec_");
            // The same form sent again, as a reload of this answer page does: the first answer, not a second webhook.
            WebElement answerPage = browser.find("[data-testid=secret]");
            ((JavascriptExecutor) browser.driver()).executeScript("""
                    const form = document.getElementById('webhook-new');
                    form.querySelector('input[name=requestKey]').value = arguments[0];
                    form.querySelector('#webhook-new-url').value = arguments[1];
                    form.querySelector("input[name=types][value='nl.samenspel.coordinator.case-offered.v1']").checked = true;
                    form.submit();""", requestKey, receiver.url());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(answerPage));
            assertThat(browser.find("[data-testid=signing-secret]").getDomProperty("value")).isEqualTo(secret);
            assertThat(browser.all("[data-testid=webhook]")).as("one webhook after the form was sent twice").hasSize(1);
            assertThat(browser.text("[data-testid=webhook-status]")).isEqualTo("Wacht op verificatie");

            Await.until(Duration.ofSeconds(20), "the verification event at the receiver",
                    () -> !receiver.ofType(VERIFICATION).isEmpty());
            LoopbackReceiver.Delivery verification = receiver.ofType(VERIFICATION).get(0);
            assertThat(verification.signedWith(secret)).as("signed with the secret shown").isTrue();
            browser.type("[data-testid=webhook] input[name=code]", verification.event().path("data").path("verificationCode").asText())
                    .click("[data-testid=verify]");
            browser.waitForText("[data-testid=done]", "geverifieerd");
            assertThat(browser.text("[data-testid=webhook-status]")).isEqualTo("Actief");
            assertThat(browser.all("[data-testid=signing-secret]")).as("the secret is not shown again").isEmpty();
            assertThat(browser.text("[data-testid=webhooks]")).contains("Hulpvraag aangeboden");

            browser.click("[data-testid=send-test]");
            browser.waitForText("[data-testid=done]", "testbericht");
            Await.until(Duration.ofSeconds(20), "the test event at the receiver", () -> !receiver.ofType(TEST).isEmpty());
            LoopbackReceiver.Delivery test = receiver.ofType(TEST).get(0);
            assertThat(test.signedWith(secret)).as("the test event's signature verifies").isTrue();
            assertThat(test.id()).isEqualTo(test.event().path("id").asText());

            browser.type("#alert-email", alertAddress).click("[data-testid=set-alert-address]");
            browser.waitForText("[data-testid=alert-address]", "nog niet bevestigd");
            Await.until(Duration.ofSeconds(20), "the code mail", () -> !platform.mail().receivedFor(alertAddress).isEmpty());
            Matcher code = Pattern.compile("\\b([0-9]{6})\\b")
                    .matcher(platform.mail().receivedFor(alertAddress).get(0).getContent().toString());
            assertThat(code.find()).as("a six-digit code in the mail").isTrue();
            browser.type("#alert-verify-code", code.group(1)).click("[data-testid=verify-alert-address]");
            browser.waitForText("[data-testid=done]", "bevestigd");
            Await.until(Duration.ofSeconds(20), "the last delivery shown", () -> {
                browser.go("/notifications");
                return !browser.text("[data-testid=last-delivery]").equals("Nog geen");
            });
            assertThat(browser.text("[data-testid=alert-address]")).contains(alertAddress, "bevestigd").doesNotContain("nog niet");
            accessibleInBothLanguages("notifications");
            browser.screenshotWholePage("notifications");

            browser.click("[data-testid=delete]").click("[data-testid=delete-confirmed]");
            browser.waitForText("[data-testid=done]", "verwijderd");
            assertThat(browser.all("[data-testid=webhook]")).isEmpty();
            browser.logout();
        }
    }

    private static void accessibleInBothLanguages(String page) {
        browser.assertAccessibleInBothLanguages(page);
    }

    private static boolean queueHolds(String pseudonym) throws Exception {
        JsonNode cases = get("/queue/NEW", platform.tokens().coordinator());
        for (JsonNode c : cases) {
            if (pseudonym.equals(c.path("residentPseudonym").asText())) {
                return true;
            }
        }
        return false;
    }

    private static int auditedSummaryReads() throws Exception {
        int reads = 0;
        for (JsonNode entry : get("/audit", platform.tokens().administrator())) {
            if (entry.toString().contains(reference) && entry.toString().toUpperCase().contains("SUMMARY")) {
                reads++;
            }
        }
        return reads;
    }

    private static JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + platform.portOf(CoordinatorApplication.class) + path))
                .header("Authorization", "Bearer " + token).GET().build());
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        return body.has("items") ? body.get("items") : body;
    }

    private static void expireConsoleSessions() throws SQLException {
        try (Connection connection = DriverManager.getConnection(platform.jdbcUrl(), "postgres", "postgres")) {
            connection.createStatement().executeUpdate("update console.spring_session set last_access_time = 0");
        }
    }
}
