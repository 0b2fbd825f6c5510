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
 * {@code samenspel}; and for the web console the same demo people as the local issuer, whose tokens carry the
 * person's claims (from their user attributes) through a client that must use authorization code with PKCE.
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
        for (JsonNode client : serviceAccounts()) {
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
        assertThat(serviceAccounts()).map(KeycloakRealmTest::hardcodedClaims)
                .filteredOn(claims -> claims.containsKey("municipality_code"))
                .allSatisfy(claims -> assertThat(claims.get("municipality_code")).matches("GM\\d{4}"));
    }

    @Test
    void everyMachineClientIsAConfidentialServiceAccountWithTheSamenspelAudienceInItsAccessToken() throws IOException {
        assertThat(serviceAccounts()).hasSize(CLAIMS_BY_ROLE.size()).allSatisfy(client -> {
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
    void theConsoleClientLogsPeopleInWithAuthorizationCodeAndPkceAndPassesTheirClaimsOn() throws IOException {
        List<JsonNode> people = clients().stream().filter(client -> !client.path("serviceAccountsEnabled").asBoolean()).toList();
        assertThat(people).hasSize(1);
        JsonNode console = people.get(0);
        assertThat(console.path("clientId").asText()).isEqualTo("web-console");
        assertThat(console.path("publicClient").asBoolean(true)).as("public client").isFalse();
        assertThat(console.path("standardFlowEnabled").asBoolean()).as("authorization code").isTrue();
        assertThat(console.path("directAccessGrantsEnabled").asBoolean(true)).as("password grant").isFalse();
        assertThat(console.path("implicitFlowEnabled").asBoolean(true)).as("implicit grant").isFalse();
        assertThat(console.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(mappers(console, "oidc-usermodel-attribute-mapper")).allSatisfy(mapper -> {
            assertThat(mapper.path("config").path("access.token.claim").asText()).isEqualTo("true");
            assertThat(mapper.path("config").path("id.token.claim").asText()).isEqualTo("true");
        }).extracting(mapper -> mapper.path("config").path("claim.name").asText())
                .containsExactlyInAnyOrder("samenspel_role", "organisation_id", "supporter_id", "municipality_code");
        assertThat(mappers(console, "oidc-audience-mapper")).extracting(m -> m.path("config").path("included.custom.audience").asText())
                .containsExactly("samenspel");
    }

    @Test
    void everyDemoPersonCarriesExactlyTheClaimsOfTheirRoleAndTheLocalIssuerHasTheSamePeople() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(REALM.toFile());
        Map<String, Map<String, String>> realmPeople = new HashMap<>();
        for (JsonNode user : realm.path("users")) {
            Map<String, String> claims = new HashMap<>();
            user.path("attributes").fields().forEachRemaining(a -> claims.put(a.getKey(), a.getValue().path(0).asText()));
            assertThat(claims.keySet()).as("claims of " + user.path("username").asText())
                    .isEqualTo(CLAIMS_BY_ROLE.get(claims.get("samenspel_role")));
            realmPeople.put(user.path("username").asText(), claims);
        }
        assertThat(realmPeople.values()).extracting(claims -> claims.get("samenspel_role"))
                .containsAll(CLAIMS_BY_ROLE.keySet());

        Map<String, Map<String, String>> issuerPeople = new HashMap<>();
        for (Map<String, Object> person : localIssuer("people")) {
            issuerPeople.put(String.valueOf(person.get("username")), claimsOf(person));
        }
        assertThat(realmPeople).isEqualTo(issuerPeople);
    }

    @Test
    void everyMachineClientActsForTheSameOrganisationSupporterAndMunicipalityAsTheLocalIssuersDemoAccount() throws IOException {
        Map<String, Map<String, String>> realmByRole = new HashMap<>();
        for (JsonNode client : serviceAccounts()) {
            Map<String, String> claims = hardcodedClaims(client);
            realmByRole.put(claims.get("samenspel_role"), claims);
        }
        Map<String, Map<String, String>> issuerByRole = new HashMap<>();
        for (Map<String, Object> account : localIssuer("accounts")) {
            Map<String, String> claims = claimsOf(account);
            issuerByRole.put(claims.get("samenspel_role"), claims);
        }
        assertThat(realmByRole).isEqualTo(issuerByRole);
    }

    /** The demo accounts or people of the local issuer ({@code identity.yml}). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> localIssuer(String list) throws IOException {
        Map<String, Object> identity = new org.yaml.snakeyaml.Yaml().load(Files.readString(Path.of("src/main/resources/identity.yml")));
        return (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) identity.get("samenspel")).get("identity")).get(list);
    }

    /** The token claims the local issuer gives an account or person of {@code identity.yml}. */
    private static Map<String, String> claimsOf(Map<String, Object> entry) {
        Map<String, String> claims = new HashMap<>();
        Map.of("role", "samenspel_role", "organisation-id", "organisation_id", "supporter-id", "supporter_id",
                "municipality-code", "municipality_code").forEach((key, claim) -> {
            if (entry.get(key) != null) {
                claims.put(claim, String.valueOf(entry.get(key)));
            }
        });
        return claims;
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

    private static List<JsonNode> serviceAccounts() throws IOException {
        return clients().stream().filter(client -> client.path("serviceAccountsEnabled").asBoolean()).toList();
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
