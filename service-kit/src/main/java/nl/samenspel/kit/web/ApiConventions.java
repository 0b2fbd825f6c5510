package nl.samenspel.kit.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import nl.samenspel.kit.domain.Refusal;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every operation of every service answers besides its success, derived from the handler so that a controller
 * states at most its {@link RefusedWith exceptions}: 401, 403 and 503 everywhere (every endpoint needs a token);
 * 400 where it takes parameters or a body; 413 and 415 with a body; 404 with a path variable; 409 (a concurrent
 * change) and 422 (a broken rule) for commands. Each as {@code application/problem+json}.
 */
final class ApiConventions {

    static final String BEARER = "bearer-jwt";
    static final String PROBLEM = "ProblemDetail";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<RequestMethod> COMMANDS = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);

    private ApiConventions() {
    }

    static Operation document(Operation operation, HandlerMethod handler) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        List<MethodParameter> parameters = Arrays.asList(handler.getMethodParameters());
        boolean body = parameters.stream().anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        boolean pathVariable = parameters.stream().anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
        boolean input = body || pathVariable || parameters.stream().anyMatch(p ->
                p.hasParameterAnnotation(RequestParam.class) || p.hasParameterAnnotation(RequestHeader.class));
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        boolean command = mapping != null && Arrays.stream(mapping.method()).anyMatch(COMMANDS::contains);

        problem(responses, "401", "No bearer token, or an invalid or expired one: sign in again.");
        problem(responses, "403", "Your role, organisation or municipality may not make this request (also when what "
                + "it names does not exist, so that the answer reveals nothing).");
        if (input) {
            problem(responses, "400", "A parameter or field is invalid or missing; the detail (and errors) name each.");
        }
        if (body) {
            problem(responses, "413", "The body is larger than the service accepts; send a smaller one.");
            problem(responses, "415", "The body is not JSON; send it as application/json.");
        }
        if (pathVariable) {
            problem(responses, "404", "Nothing with this id exists here; check the id.");
        }
        Set<Refusal> refusals = new HashSet<>();
        if (command) {
            refusals.addAll(List.of(Refusal.CONFLICT, Refusal.RULE_BROKEN));
        }
        RefusedWith declared = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RefusedWith.class);
        if (declared != null) {
            refusals.addAll(List.of(declared.value()));
        }
        if (refusals.contains(Refusal.NOT_FOUND)) {
            problem(responses, "404", "Nothing with this id exists here; check the id.");
        }
        if (refusals.contains(Refusal.CONFLICT)) {
            problem(responses, "409", "Too late: someone else changed this at the same moment, it already exists, or "
                    + "its state does not allow this now (the problem's current shows the state).");
        }
        if (refusals.contains(Refusal.RULE_BROKEN)) {
            problem(responses, "422", "The request breaks a rule; the detail says what to do differently.");
        }
        problem(responses, "503", "The database or message broker cannot be reached; nothing was changed. Try again shortly.");
        return operation;
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    /** RFC 9457 as the kit answers it, with the per-field list of a refused form and the current state of a conflict. */
    static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("A refusal (RFC 9457). It never repeats a value that was sent.")
                .addProperty("type", new StringSchema().format("uri").example("https://samenspel.nl/problems/invalid-request"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("Some fields are invalid: reason must not be blank."))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().description("Each invalid field, for a form to show beside it")
                        .items(new ObjectSchema()
                                .addProperty("field", new StringSchema().example("reason"))
                                .addProperty("message", new StringSchema().example("must not be blank"))))
                .addProperty("current", new ObjectSchema().description("For a conflict: what the thing looks like now"));
    }

    /**
     * Puts an example on every request body, composed from its fields' examples ({@code @Schema(example = ...)};
     * an enumeration shows its first value). A body with a field that has none gets no example, which the API
     * document tests report.
     */
    @SuppressWarnings("rawtypes")
    static void addRequestExamples(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : api.getComponents().getSchemas();
        if (api.getPaths() == null) {
            return;
        }
        for (PathItem path : api.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                    continue;
                }
                for (MediaType media : operation.getRequestBody().getContent().values()) {
                    if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())
                            && media.getSchema() != null) {
                        Object example = example(media.getSchema(), schemas, new HashSet<>());
                        if (example != null) {
                            media.setExample(example);
                        }
                    }
                }
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Object example(Schema schema, Map<String, Schema> schemas, Set<String> resolving) {
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema resolved = schemas.get(name);
            if (resolved == null || !resolving.add(name)) {
                return null;
            }
            Object example = example(resolved, schemas, resolving);
            resolving.remove(name);
            return example;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getTypes() != null && !schema.getTypes().isEmpty() ? (String) schema.getTypes().iterator().next() : null;
        if ("boolean".equals(type)) {
            return Boolean.TRUE;
        }
        if ("array".equals(type) && schema.getItems() != null) {
            Object item = example(schema.getItems(), schemas, resolving);
            return item == null ? null : List.of(item);
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Map.Entry<String, Schema> property : ((Map<String, Schema>) schema.getProperties()).entrySet()) {
                Object value = example(property.getValue(), schemas, resolving);
                if (value == null) {
                    return null;
                }
                object.put(property.getKey(), value);
            }
            return object;
        }
        return null;
    }
}
