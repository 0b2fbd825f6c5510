package nl.samenspel.local.test;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a service's OpenAPI document lacks for a developer to use it: a real title, version and description; the
 * bearer JWT scheme; on every operation its security requirement and the problem+json answers it really gives;
 * an example on every request body. A service's test asserts that the list is empty.
 */
public final class ApiDocumentCheck {

    private static final Set<String> COMMANDS = Set.of("post", "put", "patch", "delete");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private ApiDocumentCheck() {
    }

    /** Each shortcoming as one line, e.g. {@code "POST /signals: no 413 problem+json answer"}; empty when none. */
    public static List<String> shortcomings(JsonNode document) {
        List<String> found = new ArrayList<>();
        JsonNode info = document.path("info");
        if (info.path("title").asText("").isBlank() || info.path("title").asText().equals("OpenAPI definition")) {
            found.add("info: no title of its own");
        }
        if (info.path("version").asText("").isBlank() || info.path("version").asText().equals("v0")) {
            found.add("info: no project version");
        }
        if (info.path("description").asText("").isBlank()) {
            found.add("info: no description");
        }
        boolean bearer = false;
        for (JsonNode scheme : document.path("components").path("securitySchemes")) {
            bearer |= "http".equals(scheme.path("type").asText()) && "bearer".equalsIgnoreCase(scheme.path("scheme").asText());
        }
        if (!bearer) {
            found.add("components: no bearer security scheme");
        }
        if (document.path("components").path("schemas").path("ProblemDetail").isMissingNode()) {
            found.add("components: no ProblemDetail schema");
        }
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (METHODS.contains(operation.getKey())) {
                    check(operation.getKey(), path.getKey(), operation.getValue(), found);
                }
            }
        }
        return found;
    }

    private static void check(String method, String path, JsonNode operation, List<String> found) {
        String name = method.toUpperCase() + " " + path;
        if (!operation.path("security").elements().hasNext()) {
            found.add(name + ": no security requirement");
        }
        List<String> expected = new ArrayList<>(List.of("401", "403", "503"));
        JsonNode body = operation.path("requestBody");
        if (!body.isMissingNode()) {
            expected.addAll(List.of("400", "413", "415"));
            for (Iterator<Map.Entry<String, JsonNode>> media = body.path("content").fields(); media.hasNext(); ) {
                Map.Entry<String, JsonNode> type = media.next();
                if (type.getValue().path("example").isMissingNode() && !type.getValue().path("examples").elements().hasNext()) {
                    found.add(name + ": no example of its " + type.getKey() + " body");
                }
            }
        }
        if (path.contains("{")) {
            expected.add("404");
        }
        if (COMMANDS.contains(method)) {
            expected.addAll(List.of("409", "422"));
        }
        for (String status : expected) {
            if (operation.path("responses").path(status).path("content").path("application/problem+json").isMissingNode()) {
                found.add(name + ": no " + status + " problem+json answer");
            }
        }
        boolean success = false;
        for (Iterator<String> statuses = operation.path("responses").fieldNames(); statuses.hasNext(); ) {
            success |= statuses.next().startsWith("2");
        }
        if (!success) {
            found.add(name + ": no success answer");
        }
    }
}
