package nl.samenspel.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.coordinator.cases.ResidentKeyring;
import nl.samenspel.coordinator.cases.SealedText;
import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static nl.samenspel.coordinator.CaseFlow.administrator;
import static nl.samenspel.coordinator.CaseFlow.coordinator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Master-key rotation over the real PostgreSQL, in a schema of its own (a rewrap touches every data key): the service
 * runs on key A (the single, pre-rotation setting), then with B current and A retired, rewraps, then on B alone.
 * Every resident's data stays readable throughout, an erased resident stays erased, and a data key whose master key is
 * missing or wrong is a 503 for the operator (and an error in the start-up log), never garbage.
 */
@ExtendWith(OutputCaptureExtension.class)
class MasterKeyRotationIT {

    private static final String SCHEMA = "coordinator_rotation";
    private static final String KEY_A = randomKey();
    private static final String KEY_B = randomKey();
    private static final String KEPT = "R-ROTATION-KEPT";
    private static final String ERASED = "R-ROTATION-ERASED";
    private static final String LATE = "R-ROTATION-LATE";

    @Test
    void rotatingTheMasterKeyKeepsEveryResidentReadableAndErasedResidentsErased(CapturedOutput log) {
        new JdbcTemplate(new DriverManagerDataSource(TestInfrastructure.jdbcUrl(), TestInfrastructure.dbUser(),
                TestInfrastructure.dbPassword())).execute("drop schema if exists " + SCHEMA + " cascade");
        SealedText keptNote;
        SealedText erasedNote;
        try (Service a = new Service("--samenspel.vault.master-key=" + KEY_A)) {
            a.put(KEPT, "Aaltje Rotatie");
            a.put(ERASED, "Bram Rotatie");
            keptNote = a.keyring().seal(KEPT, "kept note");
            erasedNote = a.keyring().seal(ERASED, "erased note");
            assertThat(a.masterKeyOf(KEPT)).isEqualTo("v1");
        }

        byte[] wrappedByA;
        try (Service rotating = new Service("--samenspel.vault.master-key=" + KEY_A,
                "--samenspel.vault.master-keys.v2=" + KEY_B, "--samenspel.vault.current-master-key-id=v2")) {
            assertThat(rotating.name(KEPT)).as("written under A, read with A retired").isEqualTo("Aaltje Rotatie");
            assertThat(rotating.keyring().open(keptNote, String.class)).contains("kept note");
            rotating.put(LATE, "Cor Rotatie");
            assertThat(rotating.masterKeyOf(LATE)).as("new data keys are wrapped by the current key").isEqualTo("v2");
            assertThat(rotating.send(HttpMethod.DELETE, "/residents/" + ERASED + "/personal-details", administrator())
                    .getStatusCode().value()).isEqualTo(204);
            wrappedByA = rotating.jdbc().queryForObject("select wrapped_key from resident_key where resident_pseudonym = ?",
                    byte[].class, KEPT);

            assertThat(rotating.send(HttpMethod.POST, "/operations/vault/rewrap", coordinator()).getStatusCode().value())
                    .as("administrator only").isEqualTo(403);
            JsonNode before = rotating.send(HttpMethod.GET, "/operations/vault/master-keys", administrator()).getBody();
            assertThat(before.get("residentKeysByMasterKey").toString()).isEqualTo("{\"v1\":1,\"v2\":1}");
            assertThat(before.get("problems")).isEmpty();

            JsonNode rewrap = rotating.send(HttpMethod.POST, "/operations/vault/rewrap?batchSize=1", administrator()).getBody();
            assertThat(rewrap.get("rewrapped").asLong()).as("the erased resident has no key left to rewrap").isEqualTo(1);
            assertThat(rewrap.get("residentKeysByMasterKey").toString()).isEqualTo("{\"v2\":2}");
            JsonNode again = rotating.send(HttpMethod.POST, "/operations/vault/rewrap", administrator()).getBody();
            assertThat(again.get("rewrapped").asLong()).as("idempotent").isZero();
            assertThat(rotating.name(KEPT)).isEqualTo("Aaltje Rotatie");
        }

        try (Service b = new Service("--samenspel.vault.master-key=", "--samenspel.vault.master-keys.v2=" + KEY_B)) {
            assertThat(b.name(KEPT)).as("A removed from the configuration").isEqualTo("Aaltje Rotatie");
            assertThat(b.name(LATE)).isEqualTo("Cor Rotatie");
            assertThat(b.keyring().open(keptNote, String.class)).contains("kept note");
            assertThat(b.keyring().open(erasedNote, String.class)).as("still shredded").isEmpty();
            assertThat(b.read(ERASED).getStatusCode().value()).isEqualTo(404);
            assertThat(b.vaultHealth().get("status").asText()).isEqualTo("UP");

            // A data key the rewrap never reached, still wrapped by the removed key A.
            b.jdbc().update("update resident_key set master_key_id = 'v1', wrapped_key = ? where resident_pseudonym = ?",
                    wrappedByA, KEPT);
            assertOperatorError(b.read(KEPT), "'v1', which is not configured");
            assertThat(b.vaultHealth().get("status").asText()).isEqualTo("DOWN");
            assertThat(b.vaultHealth().get("details").get("problems").toString()).contains("1 data keys are wrapped by vault master key 'v1'");
            assertOperatorError(b.send(HttpMethod.POST, "/operations/vault/rewrap", administrator()), "Nothing was rewrapped");

            // The same row claiming to be wrapped by B: the configured B is not the key that wrapped it.
            b.jdbc().update("update resident_key set master_key_id = 'v2' where resident_pseudonym = ?", KEPT);
            assertOperatorError(b.read(KEPT), "is not the master key that wrapped it");
            assertThat(b.name(LATE)).as("other residents are unaffected").isEqualTo("Cor Rotatie");
            b.jdbc().update("update resident_key set master_key_id = 'v1' where resident_pseudonym = ?", KEPT);
        }

        int logged = log.getAll().length();
        try (Service restarted = new Service("--samenspel.vault.master-key=", "--samenspel.vault.master-keys.v2=" + KEY_B)) {
            assertThat(log.getAll().substring(logged)).as("the start-up check").contains("ERROR")
                    .contains("Personal-data vault: 1 data keys are wrapped by vault master key 'v1', which is not configured");
            assertThat(restarted.vaultHealth().get("status").asText()).isEqualTo("DOWN");
        }
    }

    private static void assertOperatorError(ResponseEntity<JsonNode> response, String detail) {
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(response.getBody().get("detail").asText()).contains(detail);
        assertThat(response.getBody().toString()).doesNotContain("Rotatie").doesNotContain(KEY_B);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The coordinator-service in the rotation schema, without Kafka listeners, with these vault settings. */
    private static final class Service implements AutoCloseable {

        private final ConfigurableApplicationContext context;
        private final TestRestTemplate http;

        Service(String... vault) {
            List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.kafka.listener.auto-startup=false",
                    "--spring.flyway.schemas=" + SCHEMA, "--spring.flyway.default-schema=" + SCHEMA,
                    "--spring.datasource.hikari.schema=" + SCHEMA));
            arguments.addAll(List.of(vault));
            context = new SpringApplicationBuilder(CoordinatorApplication.class).initializers(new LocalInfrastructureInitializer())
                    .run(arguments.toArray(String[]::new));
            http = new TestRestTemplate(new RestTemplateBuilder()
                    .rootUri("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")));
        }

        ResidentKeyring keyring() {
            return context.getBean(ResidentKeyring.class);
        }

        JdbcTemplate jdbc() {
            return context.getBean(JdbcTemplate.class);
        }

        String masterKeyOf(String pseudonym) {
            return jdbc().queryForObject("select master_key_id from resident_key where resident_pseudonym = ?", String.class, pseudonym);
        }

        void put(String pseudonym, String name) {
            ResponseEntity<JsonNode> response = http.exchange("/residents/" + pseudonym + "/personal-details", HttpMethod.PUT,
                    new HttpEntity<>(Map.of("name", name), coordinator()), JsonNode.class);
            assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(204);
        }

        ResponseEntity<JsonNode> read(String pseudonym) {
            return send(HttpMethod.GET, "/residents/" + pseudonym + "/personal-details?reason=checking the rotation", coordinator());
        }

        String name(String pseudonym) {
            ResponseEntity<JsonNode> response = read(pseudonym);
            assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
            return response.getBody().get("name").asText();
        }

        JsonNode vaultHealth() {
            return http.getForEntity("/actuator/health", JsonNode.class).getBody().get("components").get("vault");
        }

        ResponseEntity<JsonNode> send(HttpMethod method, String path, HttpHeaders headers) {
            return http.exchange(path, method, new HttpEntity<>(headers), JsonNode.class);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
