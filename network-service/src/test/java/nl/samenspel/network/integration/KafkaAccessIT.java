package nl.samenspel.network.integration;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TestTokenIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's view of the Kafka access rules, from the organisations the network admitted and its region. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samenspel.network.seed-demo-region=true")
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class KafkaAccessIT {

    private static final TestTokenIssuer TOKENS = TestTokenIssuer.get();

    @Autowired
    TestRestTemplate http;

    @Test
    void anAdmittedOrganisationReadsOnlyItsOwnTwoTopicsAndAnApplicantHasNoLogin() {
        String admitted = apply();
        send(HttpMethod.POST, "/organisations/" + admitted + "/admission", null, HttpStatus.NO_CONTENT);
        String applicant = apply();

        // The directory is a projection: the admission reaches it shortly after the command is answered.
        Await.until(Duration.ofSeconds(30), "the admission in the directory",
                () -> reader(kafkaAccess(), "org-" + admitted) != null);
        JsonNode access = kafkaAccess();

        JsonNode reader = reader(access, "org-" + admitted);
        assertThat(reader.path("kind").asText()).isEqualTo("ORGANISATION");
        assertThat(reader.path("status").asText()).isEqualTo("ADMITTED");
        assertThat(texts(reader.path("topics"))).containsExactly("coordinator.handovers." + admitted + ".v1",
                "signalling.organisation." + admitted + ".v1");
        assertThat(reader.path("groupPrefix").asText()).isEqualTo("org-" + admitted + ".");
        assertThat(reader(access, "org-" + applicant)).as("an applicant is not admitted yet").isNull();
    }

    @Test
    void everyMunicipalityOfTheRegionReadsOnlyItsOwnTopicAndTheServicesTheirConsumedTopics() {
        JsonNode access = kafkaAccess();

        JsonNode lisse = reader(access, "gm-GM0553");
        assertThat(lisse).isNotNull();
        assertThat(lisse.path("name").asText()).isEqualTo("Lisse");
        assertThat(texts(lisse.path("topics"))).containsExactly("signalling.municipality.GM0553.v1");
        List<String> municipalities = new ArrayList<>();
        access.path("readers").forEach(r -> {
            if (r.path("kind").asText().equals("MUNICIPALITY")) {
                municipalities.add(r.path("id").asText());
            }
        });
        assertThat(municipalities).containsExactlyInAnyOrder("GM1525", "GM0553", "GM0534", "GM0575");
        JsonNode network = access.path("services").get(0);
        assertThat(network.path("principal").asText()).isEqualTo("network-service");
        assertThat(texts(network.path("consumedTopics"))).containsExactly("coordinator.caseload.v1");
    }

    @Test
    void noOneButTheAdministratorSeesTheAccessRules() {
        for (String token : List.of(TOKENS.coordinator(), TOKENS.municipality("GM0553"))) {
            send(HttpMethod.GET, "/operations/kafka-access", null, HttpStatus.FORBIDDEN, token);
        }
    }

    private JsonNode kafkaAccess() {
        return send(HttpMethod.GET, "/operations/kafka-access", null, HttpStatus.OK, TOKENS.administrator());
    }

    private static JsonNode reader(JsonNode access, String principal) {
        for (JsonNode reader : access.path("readers")) {
            if (reader.path("principal").asText().equals(principal)) {
                return reader;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private String apply() {
        String kvk = String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
        return send(HttpMethod.POST, "/organisations", """
                {"name": "Kafka test %s", "kvkNumber": "%s", "kind": "PROFESSIONAL", "municipalities": ["GM0553"],
                 "contactPoint": "desk@example.org", "decidesOnAccess": false}""".formatted(kvk, kvk), HttpStatus.CREATED)
                .path("organisationId").asText();
    }

    private JsonNode send(HttpMethod method, String path, String json, HttpStatus expected) {
        return send(method, path, json, expected, TOKENS.coordinator());
    }

    private JsonNode send(HttpMethod method, String path, String json, HttpStatus expected, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> response = http.exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
        assertThat(response.getStatusCode()).as(method + " " + path + ": " + response.getBody()).isEqualTo(expected);
        return response.getBody();
    }
}
