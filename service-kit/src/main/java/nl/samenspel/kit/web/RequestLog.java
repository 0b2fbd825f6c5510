package nl.samenspel.kit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes commands idempotent under retry: a request carrying an {@code Idempotency-Key} header is handled once per
 * caller; the same caller repeating it gets the first answer (status, {@code Location} and body) and stores no second
 * event. Keys belong to the caller
 * who sent them (the authenticated principal, whose name the kit's resource server sets to the token's subject):
 * the same key from another caller is a request of its own, which runs the command with that caller's checks, so a
 * learnt or guessed key never hands out someone else's answer. The answer is recorded in the same transaction as
 * the command's events, so either both exist or neither does.
 */
public class RequestLog {

    public static final String HEADER = "Idempotency-Key";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper objectMapper;

    public RequestLog(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.objectMapper = objectMapper;
    }

    /**
     * Runs {@code command} unless the current caller sent a request with this id before, in which case the earlier
     * answer is returned.
     *
     * @param requestId the caller's idempotency key, or {@code null} to just run the command
     * @param operation what the request does (e.g. {@code "POST /organisations"}); the caller reusing a key for
     *                  another operation is refused
     * @throws IllegalStateException when a key is given but no caller is authenticated: a key that belongs to no one
     *                               cannot be kept apart from anyone else's (the kit's filter chain lets no command
     *                               through unauthenticated, so this only flags a misconfigured endpoint)
     */
    public <T> ResponseEntity<T> once(String requestId, String operation, Class<T> bodyType,
                                      Supplier<ResponseEntity<T>> command) {
        if (requestId == null || requestId.isBlank()) {
            return command.get();
        }
        if (requestId.length() > 100) {
            throw new IllegalArgumentException(HEADER + " must be at most 100 characters.");
        }
        String caller = authenticatedCaller();
        try {
            return transactions.execute(status -> earlierAnswer(caller, requestId, operation, bodyType).orElseGet(() -> {
                ResponseEntity<T> answer = command.get();
                URI location = answer.getHeaders().getLocation();
                jdbc.update("insert into handled_request (caller, request_id, operation, status, location, body)"
                                + " values (?, ?, ?, ?, ?, ?)", caller, requestId, operation, answer.getStatusCode().value(),
                        location == null ? null : location.toString(), write(answer.getBody()));
                return answer;
            }));
        } catch (RuntimeException concurrentTwin) {
            // The same caller's same request ran at the same moment and won; its answer is ours.
            return earlierAnswer(caller, requestId, operation, bodyType).orElseThrow(() -> concurrentTwin);
        }
    }

    private static String authenticatedCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken
                || authentication.getName() == null || authentication.getName().isBlank()) {
            throw new IllegalStateException(HEADER + " needs an authenticated caller to belong to.");
        }
        return authentication.getName();
    }

    private <T> Optional<ResponseEntity<T>> earlierAnswer(String caller, String requestId, String operation, Class<T> bodyType) {
        List<ResponseEntity<T>> found = jdbc.query(
                "select operation, status, location, body from handled_request where caller = ? and request_id = ?",
                (rs, row) -> {
                    if (!operation.equals(rs.getString("operation"))) {
                        throw new DomainRuleException("Idempotency-Key '" + requestId + "' was already used for "
                                + rs.getString("operation") + "; use a new key for a different request.");
                    }
                    ResponseEntity.BodyBuilder answer = ResponseEntity.status(rs.getInt("status"));
                    if (rs.getString("location") != null) {
                        answer.location(URI.create(rs.getString("location")));
                    }
                    return answer.body(read(rs.getString("body"), bodyType));
                }, caller, requestId);
        return found.stream().findFirst();
    }

    private String write(Object body) {
        try {
            return body == null ? null : objectMapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record the answer", e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return body == null ? null : objectMapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the recorded answer", e);
        }
    }
}
