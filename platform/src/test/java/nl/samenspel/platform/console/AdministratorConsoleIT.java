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

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network administrator in a real browser against the real platform: erasing a resident after a confirmation that
 * names what is destroyed, after which no console page shows the resident's name and the vault no longer has their
 * details; the vault's master keys and the rewrap under the current one; who may read which Kafka topics. Every page
 * is checked with axe-core in Dutch and English.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministratorConsoleIT {

    private static final String CDB = "7bf45887-5246-3dd4-9f64-c4bcadb7957c";
    private static final String OAB = "a0c5a792-40c2-3eb0-a6f6-084abf69a3db";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "Geertje Bloemendaal-Verhoef";
    private static final String PSEUDONYM = "R-AC-" + UUID.randomUUID().toString().substring(0, 8);
    private static LocalPlatform platform;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        platform = LocalPlatform.start(new PlatformSettings(null, 0, 0, 0, 0, 0, true));
        browser = Browser.open(platform.consoleUri());
        send("POST", "/cases", """
                {"residentPseudonym": "%s", "municipalityCode": "GM0553", "lifeDomains": ["CARE_AND_SUPPORT"],
                 "targetGroups": ["OLDER_PEOPLE"], "phase": "ACCESS", "language": "nl", "urgency": "NORMAL"}""".formatted(PSEUDONYM), 201);
        send("PUT", "/residents/" + PSEUDONYM + "/personal-details",
                "{\"name\": \"" + NAME + "\", \"phone\": \"0252 123456\", \"email\": \"geertje@example.org\"}", 204);
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
    void theAdministratorErasesAResidentAfterSeeingWhatIsDestroyedAndNoPageShowsTheirNameAfterwards() throws Exception {
        assertThat(send("GET", "/residents/" + PSEUDONYM + "/personal-details?reason=controle%20voor%20de%20test", null, 200)
                .path("name").asText()).isEqualTo(NAME);
        browser.loginAs("administrator");
        browser.click("a[href='/operations/residents']");
        accessibleInBothLanguages("erasure, find a resident");
        browser.type("#e-pseudonym", PSEUDONYM).click("#erasure-find button[type=submit]");
        assertThat(browser.text("[data-testid=confirm]")).contains(PSEUDONYM, "persoonsgegevens", "gegevenssleutel",
                "onleesbaar", "gepseudonimiseerde gebeurtenissen").doesNotContain(NAME);
        accessibleInBothLanguages("erasure, confirmation");
        browser.screenshot("erasure-confirmation");

        browser.type("#erase-reason", "Verzoek van de inwoner per brief, 's middags ontvangen").click("[data-testid=erase]");
        browser.waitForText("[data-testid=done]", "Gewist");
        assertThat(browser.text("[data-testid=erased]")).contains(PSEUDONYM + " is gewist",
                "Verzoek van de inwoner per brief, 's middags ontvangen");
        assertThat(browser.all("[data-testid=confirm]")).as("no second erasure offered").isEmpty();
        accessibleInBothLanguages("erasure, erased");
        browser.screenshot("erasure-done");

        send("GET", "/residents/" + PSEUDONYM + "/personal-details?reason=controle%20na%20het%20wissen", null, 404);
        for (String page : List.of("/operations/residents?pseudonym=" + PSEUDONYM, "/operations/audit?pseudonym=" + PSEUDONYM,
                "/operations/vault", "/operations/dead-letters", "/operations/processors")) {
            browser.go(page);
            assertThat(browser.text("body")).as(page).doesNotContain(NAME, "Bloemendaal", "geertje@example.org");
        }
        browser.go("/operations/audit?pseudonym=" + PSEUDONYM);
        assertThat(browser.text("[data-testid=audit-rows]")).contains("Wiste de persoonsgegevens");
        browser.logout();

        browser.loginAs("coordinator");
        browser.go("/queue");
        browser.waitForText("main", PSEUDONYM);
        assertThat(browser.text("body")).doesNotContain(NAME, "Bloemendaal");
        browser.go("/collective-signals");
        assertThat(browser.text("body")).doesNotContain(NAME, "Bloemendaal");
        browser.logout();
    }

    @Test
    @Order(2)
    void theAdministratorSeesWhichMasterKeyWrapsTheDataKeysAndRewrapsThemUnderTheCurrentOne() throws Exception {
        send("PUT", "/residents/R-AC-KEYS-" + UUID.randomUUID().toString().substring(0, 8) + "/personal-details",
                "{\"name\": \"Sleuteltest\"}", 204);
        JsonNode usage = send("GET", "/operations/vault/master-keys", null, 200, platform.tokens().administrator());
        String current = usage.path("currentMasterKeyId").asText();
        assertThat(current).isNotBlank();
        browser.loginAs("administrator");
        browser.click("a[href='/operations/vault']");
        assertThat(browser.text("[data-testid=current-key]")).contains(current);
        assertThat(browser.find("[data-testid=master-keys] tr[data-key='" + current + "'] td:last-child").getText())
                .isEqualTo(String.valueOf(usage.path("residentKeysByMasterKey").path(current).asLong()));
        assertThat(usage.path("residentKeysByMasterKey").path(current).asLong()).isPositive();
        accessibleInBothLanguages("vault keys");
        browser.click("[data-testid=rewrap]");
        browser.waitForText("[data-testid=done]", "herverpakt");
        assertThat(browser.text("[data-testid=done]")).contains(current);
        assertThat(browser.text("[data-testid=progress]")).contains("Elke gegevenssleutel is versleuteld onder de huidige hoofdsleutel");
        browser.assertAccessible("vault keys, rewrapped");
        browser.screenshot("vault-keys");
        browser.logout();
    }

    @Test
    @Order(3)
    void theAdministratorSeesWhichOrganisationsAndMunicipalitiesMayReadWhichKafkaTopics() {
        browser.loginAs("administrator");
        browser.click("a[href='/operations/kafka-access']");
        assertThat(browser.text("[data-testid=rules-note]")).contains("kafka-access.sh");
        String cdb = browser.text("[data-testid=kafka-readers] tr[data-principal='org-" + CDB + "']");
        assertThat(cdb).contains("Cliëntenbelang Duin en Bollen", "coordinator.handovers." + CDB + ".v1",
                "signalling.organisation." + CDB + ".v1", "org-" + CDB + ".*").doesNotContain("municipality", OAB);
        String lisse = browser.text("[data-testid=kafka-readers] tr[data-principal='gm-GM0553']");
        assertThat(lisse).contains("Lisse", "signalling.municipality.GM0553.v1").doesNotContain("handovers", "GM1525");
        assertThat(browser.text("[data-testid=kafka-services]")).contains("network-service", "coordinator-service", "signalling-service");
        accessibleInBothLanguages("kafka access");
        browser.screenshot("kafka-access");
        browser.logout();
    }

    private static JsonNode send(String method, String path, String json, int expected) throws Exception {
        return send(method, path, json, expected, platform.tokens().coordinator());
    }

    private static JsonNode send(String method, String path, String json, int expected, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.portOf(CoordinatorApplication.class) + path))
                .header("Authorization", "Bearer " + token);
        request.header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = Http.send(request.build());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(expected);
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static void accessibleInBothLanguages(String page) {
        browser.assertAccessibleInBothLanguages(page);
    }
}
