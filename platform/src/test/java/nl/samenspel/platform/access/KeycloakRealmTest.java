package nl.samenspel.platform.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak realm of {@code docker-compose.yml} issues the token claims every service expects (the security
 * contract): one client-credentials client per role, emitting exactly that role's claims and the audience
 * {@code samenspel}.
 */
class KeycloakRealmTest {

    private static final Path REALM = Path.of("keycloak/samenspel-realm.json");
    private static final Map<String, Set<String>> CLAIMS_BY_ROLE = Map.of(
            "coordinator", Set.of("samenspel_role"),
            "organisation", Set.of("samenspel_role", "organisation_id"),
            "supporter", Set.of("samenspel_role", "organisation_id", "supporter_id"),
            "municipality", Set.of("samenspel_role", "municipality_code"),
            "administrator", Set.of("samenspel_role"));

    @Test
    void everyRoleHasOneClientEmittingExactlyItsClaims() throws IOException {
        Map<String, Map<String, String>> claimsByRole = new HashMap<>();
        for (JsonNode client : clients()) {
            Map<String, String> claims = hardcodedClaims(client);
            assertThat(claimsByRole.put(claims.get("samenspel_role"), claims))
                    .as("a second client for role " + claims.get("samenspel_role")).isNull();
        }

        assertThat(claimsByRole).containsOnlyKeys(CLAIMS_BY_ROLE.keySet());
        claimsByRole.forEach((role, claims) -> {
            assertThat(claims.keySet()).as("claims of role " + role).isEqualTo(CLAIMS_BY_ROLE.get(role));
            assertThat(claims.values()).as("claim values of role " + role).allSatisfy(value -> assertThat(value).isNotBlank());
        });
    }

    @Test
    void municipalityClaimIsACbsCode() throws IOException {
        assertThat(clients()).map(KeycloakRealmTest::hardcodedClaims)
                .filteredOn(claims -> claims.containsKey("municipality_code"))
                .allSatisfy(claims -> assertThat(claims.get("municipality_code")).matches("GM\\d{4}"));
    }

    @Test
    void everyClientIsAConfidentialServiceAccountWithTheSamenspelAudienceInItsAccessToken() throws IOException {
        assertThat(clients()).isNotEmpty().allSatisfy(client -> {
            assertThat(client.path("publicClient").asBoolean(true)).as("public client").isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).as("client credentials").isTrue();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).as("password grant").isFalse();
            assertThat(mappers(client, "oidc-audience-mapper"))
                    .anySatisfy(mapper -> {
                        assertThat(mapper.path("config").path("included.custom.audience").asText()).isEqualTo("samenspel");
                        assertThat(mapper.path("config").path("access.token.claim").asText()).isEqualTo("true");
                    });
        });
    }

    @Test
    void composeServicesTrustThisRealmAsIssuer() throws IOException {
        String realm = new ObjectMapper().readTree(REALM.toFile()).path("realm").asText();
        String compose = Files.readString(Path.of("../docker-compose.yml"));

        assertThat(compose).contains("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI: http://keycloak:8080/realms/" + realm)
                // Without it the services would look for keys under the local issuer's path, which Keycloak lacks.
                .contains("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI: http://keycloak:8080/realms/" + realm
                        + "/protocol/openid-connect/certs")
                .contains("KC_HOSTNAME: http://keycloak:8080");
    }

    private static List<JsonNode> clients() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(REALM.toFile());
        return StreamSupport.stream(realm.path("clients").spliterator(), false).toList();
    }

    /** The claims the client's hardcoded-claim mappers put into its access tokens. */
    private static Map<String, String> hardcodedClaims(JsonNode client) {
        Map<String, String> claims = new HashMap<>();
        for (JsonNode mapper : mappers(client, "oidc-hardcoded-claim-mapper")) {
            JsonNode config = mapper.path("config");
            assertThat(config.path("access.token.claim").asText()).as(mapper.path("name") + " in the access token").isEqualTo("true");
            claims.put(config.path("claim.name").asText(), config.path("claim.value").asText());
        }
        return claims;
    }

    private static List<JsonNode> mappers(JsonNode client, String type) {
        return StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                .filter(mapper -> mapper.path("protocolMapper").asText().equals(type)).toList();
    }
}
