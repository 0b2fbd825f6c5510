package nl.samenspel.kit.web;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import nl.samenspel.kit.domain.RefusedException;
import nl.samenspel.kit.text.PersonalDataException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every refused request is answered as {@code application/problem+json} (RFC 9457) with a {@code detail}
 * a person can act on; validation reports every invalid field at once, not only the first.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** A service's own refusal: 422 for a broken rule, 409 for a conflict (with the current state), 404. */
    @ExceptionHandler(RefusedException.class)
    ProblemDetail refused(RefusedException e) {
        ProblemDetail problem = switch (e.refusal()) {
            case RULE_BROKEN -> problem(HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated", "The request breaks a rule", e.getMessage());
            case CONFLICT -> problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
            case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
        };
        if (e.currentState() != null) {
            problem.setProperty("current", e.currentState());
        }
        return problem;
    }

    /** Personal data in free text: which field and which kinds, never the value, so the person knows what to remove. */
    @ExceptionHandler(PersonalDataException.class)
    ProblemDetail personalData(PersonalDataException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "personal-data", "Personal data in free text", e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("found", e.found());
        // The same per-field list as a validation refusal, so a form shows the message next to its field.
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "Nothing with id '" + e.getAggregateIdentifier() + "' exists here; check the id.");
    }

    /** Refused by a role rule ({@code @PreAuthorize}) or by a check of which organisation or municipality asks. */
    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
        log.info("Refused: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.forbidden());
    }

    @ExceptionHandler({ConcurrencyException.class, DuplicateKeyException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict",
                "Someone else changed this at the same moment, or it already exists. Read it again and retry if still needed.");
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RefusedException refused) {
            return refused(refused);
        }
        if (cause instanceof PersonalDataException personal) {
            return personalData(personal);
        }
        if (cause instanceof IllegalArgumentException invalid) {
            return badArgument(invalid);
        }
        if (cause instanceof ForbiddenException forbidden) {
            return forbidden(forbidden).getBody();
        }
        return unexpected(e).getBody();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ExceptionHandler(NoHandlerForCommandException.class)
    ProblemDetail noHandler(NoHandlerForCommandException e) {
        log.error("No command handler", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                "This service is not ready to take commands; try again shortly.");
    }

    /**
     * Anything else: 503 when the cause is the database or broker being unreachable (the client may retry),
     * otherwise 500. Either way the request changed nothing, because its transaction rolled back.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (isInfrastructureUnavailable(e)) {
            log.warn("Infrastructure unavailable: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem(HttpStatus.SERVICE_UNAVAILABLE,
                    "unavailable", "Service unavailable",
                    "The database or message broker cannot be reached; nothing was changed. Try again shortly."));
        }
        log.error("Request failed", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Internal error", "The request could not be completed; it changed nothing. Try again later or tell the operator."));
    }

    static boolean isInfrastructureUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof java.net.ConnectException || t instanceof java.sql.SQLTransientConnectionException
                    || (t instanceof java.sql.SQLException sql && (isConnectionState(sql) || "Connection is closed".equals(sql.getMessage())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(java.sql.SQLException e) {
        // SQLSTATE class 08: connection exception; 57P01-57P03: the server is shutting down or starting up.
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "Some fields are invalid: " + String.join("; ", errors.stream()
                        .map(error -> error.get("field") + " " + error.get("message")).toList()) + ".");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(@NonNull HandlerMethodValidationException e,
                                                                            @NonNull HttpHeaders headers,
                                                                            @NonNull HttpStatusCode status,
                                                                            @NonNull WebRequest request) {
        String detail = e.getAllErrors().stream().map(error -> String.valueOf(error.getDefaultMessage()))
                .sorted().reduce((a, b) -> a + "; " + b).orElse("invalid parameters");
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail + "."));
    }

    /** A body in a format the endpoint does not read (e.g. a form or plain text where JSON is expected). */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(@NonNull HttpMediaTypeNotSupportedException e,
                                                                     @NonNull HttpHeaders headers,
                                                                     @NonNull HttpStatusCode status,
                                                                     @NonNull WebRequest request) {
        String sent = e.getContentType() == null ? "no Content-Type" : "Content-Type '" + e.getContentType() + "'";
        String accepted = e.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
                : String.join(" or ", e.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "This request does not take " + sent + "; send the body as " + accepted + "."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        if (RequestSizeLimit.causedByTooLarge(e)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                    "too-large", "Request too large", e.getMostSpecificCause().getMessage() + "; send a smaller body."));
        }
        String detail;
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            detail = "Unknown field '" + unknown.getPropertyName() + "'; known fields are " + unknown.getKnownPropertyIds() + ".";
        } else if (e.getCause() instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid) {
            // The value is not repeated: what was typed into a coded field may be personal data.
            detail = "The value of '" + fieldPath(invalid) + "' is not valid"
                    + (invalid.getTargetType().isEnum()
                    ? "; allowed are " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants()) : "") + ".";
        } else if (e.getCause() instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException invalid) {
            detail = "Invalid value for '" + fieldPath(invalid) + "': " + invalid.getCause().getMessage();
        } else {
            detail = "The body is not valid JSON for this request; check the syntax and field types.";
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail));
    }

    private static String fieldPath(com.fasterxml.jackson.databind.JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        return Problems.problem(status, type, title, detail);
    }
}
