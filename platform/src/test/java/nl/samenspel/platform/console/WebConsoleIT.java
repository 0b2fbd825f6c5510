package nl.samenspel.platform.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.local.test.Http;
import nl.samenspel.platform.LocalPlatform;
import nl.samenspel.platform.PlatformSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

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
    static final String SUMMARY = "Hulp bij post & boodschappen (3 < 5 keer per week)";

    private static final ObjectMapper JSON = new ObjectMapper();
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
    void theCoordinatorLogsInOpensACaseReadsTheExplainedCandidatesAndDispatchesIt() throws Exception {
        browser.loginAs("coordinator");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/queue");
        assertThat(browser.text("h1")).isEqualTo("Werkvoorraad");
        accessibleInBothLanguages("queue");

        browser.go("/cases/new");
        browser.type("#open-residentPseudonym", "x");
        browser.click("form[action$='/cases'] button[type=submit]");
        assertThat(browser.text("#open-residentPseudonym-error")).as("the API's message next to the field").isNotBlank();
        assertThat(queueHolds(PSEUDONYM)).as("nothing stored").isFalse();
        browser.assertAccessible("open case, refused");

        browser.type("#open-residentPseudonym", PSEUDONYM).choose("#open-municipalityCode", "GM0553")
                .click("input[name=lifeDomains][value=CARE_AND_SUPPORT]").click("input[name=targetGroups][value=OLDER_PEOPLE]")
                .choose("#open-phase", "ORIENTATION").choose("#open-urgency", "NORMAL");
        browser.screenshot("open-case");
        browser.click("form[action$='/cases'] button[type=submit]");
        browser.find("[data-testid=candidates]");
        reference = browser.driver().getCurrentUrl().replaceAll(".*/cases/", "");
        assertThat(browser.text("[data-testid=case-state]")).isEqualTo("Nieuw, wacht op toewijzing");
        assertThat(browser.text("[data-testid=candidates]")).as("each score explained in words")
                .contains("Werkgebied", "serves GM0553");
        accessibleInBothLanguages("case (coordinator)");
        browser.screenshot("case-coordinator");

        WebElement oab = browser.all("[data-testid=candidates] tbody tr").stream()
                .filter(row -> row.getText().contains("Ouderenadviseurs KBO-PCOB")).findFirst().orElseThrow();
        oab.findElement(By.cssSelector("[data-testid=dispatch]")).click();
        browser.waitForText("[data-testid=done]", "aangeboden");
        assertThat(browser.text("[data-testid=case-state]")).isEqualTo("Aangeboden, wacht op acceptatie");
        browser.go("/queue?section=OFFERS_AWAITING_ACCEPTANCE&sort=deadline");
        browser.waitForText("[data-testid=queue-rows]", PSEUDONYM);
        browser.screenshot("queue");
        browser.logout();
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
                .type("#handover-questionSoFar", "<script>alert('x')</script>").type("#handover-agreementsMade", "Elke week bellen")
                .type("#handover-nextSteps", "Samen op huisbezoek");
        browser.click("form[action$='/handovers'] button");
        assertThat(browser.text("[data-testid=form-error]")).as("markup in a summary is refused").contains("markup");
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
    void anotherOrganisationsPersonGetsTheSamePageForTheCaseAsForOneThatDoesNotExist() throws Exception {
        browser.loginAs("oab-staff").go("/cases/" + reference);
        String theCase = browser.text("main");
        browser.go("/cases/" + UUID.randomUUID());
        assertThat(browser.text("main")).isEqualTo(theCase).contains("Niet gevonden");
        accessibleInBothLanguages("not found");
        browser.logout();
    }

    @Test
    @Order(7)
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
