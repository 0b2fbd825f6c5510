package nl.samenspel.network.web;

import nl.samenspel.kit.web.RequestLog;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * Sends a command once per caller and {@code Idempotency-Key}: the caller's retried request gets the first answer
 * and stores no second event; a refused command stores nothing.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final RequestLog requestLog;

    Commands(CommandGateway gateway, RequestLog requestLog) {
        this.gateway = gateway;
        this.requestLog = requestLog;
    }

    /** For commands that create something: 201 with its location and a body naming it. */
    public <T> ResponseEntity<T> create(String idempotencyKey, String operation, Object command, URI location, T body) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) body.getClass();
        return requestLog.once(idempotencyKey, operation, type, () -> {
            gateway.sendAndWait(command);
            return ResponseEntity.created(location).body(body);
        });
    }

    /** For commands that change something: 204. */
    public ResponseEntity<Void> change(String idempotencyKey, String operation, Object command) {
        return requestLog.once(idempotencyKey, operation, Void.class, () -> {
            gateway.sendAndWait(command);
            return ResponseEntity.noContent().build();
        });
    }
}
