package nl.samenspel.local.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentCheckTest {

    private static final String PROBLEM = "{\"content\": {\"application/problem+json\": {}}}";
    private static final String COMPLETE = """
            {"info": {"title": "network-service", "version": "0.1.0", "description": "Membership of the network."},
             "components": {"securitySchemes": {"bearer-jwt": {"type": "http", "scheme": "bearer"}},
                            "schemas": {"ProblemDetail": {}}},
             "paths": {"/organisations/{id}/rejection": {"post": {
                "security": [{"bearer-jwt": []}],
                "requestBody": {"content": {"application/json": {"example": {"reason": "No KvK registration."}}}},
                "responses": {"204": {}, "400": $p, "401": $p, "403": $p, "404": $p, "409": $p, "413": $p, "415": $p,
                              "422": $p, "503": $p}}}}}
            """.replace("$p", PROBLEM);

    @Test
    void aDocumentWithEverythingHasNoShortcomings() throws Exception {
        assertThat(ApiDocumentCheck.shortcomings(read(COMPLETE))).isEmpty();
    }

    @Test
    void anOperationWithoutSecurityErrorAnswersOrBodyExampleIsReported() throws Exception {
        JsonNode lacking = read(COMPLETE.replace("\"security\": [{\"bearer-jwt\": []}],", "")
                .replace("\"example\": {\"reason\": \"No KvK registration.\"}", "")
                .replace("\"413\": " + PROBLEM + ",", ""));

        assertThat(ApiDocumentCheck.shortcomings(lacking)).containsExactlyInAnyOrder(
                "POST /organisations/{id}/rejection: no security requirement",
                "POST /organisations/{id}/rejection: no example of its application/json body",
                "POST /organisations/{id}/rejection: no 413 problem+json answer");
    }

    @Test
    void theGeneratedTitleAndVersionAndAMissingSchemeAreReported() throws Exception {
        JsonNode generated = read(COMPLETE.replace("\"network-service\"", "\"OpenAPI definition\"")
                .replace("\"0.1.0\"", "\"v0\"").replace("\"scheme\": \"bearer\"", "\"scheme\": \"basic\""));

        assertThat(ApiDocumentCheck.shortcomings(generated)).containsExactlyInAnyOrder("info: no title of its own",
                "info: no project version", "components: no bearer security scheme");
    }

    private static JsonNode read(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }
}
