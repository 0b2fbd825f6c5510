package nl.samenspel.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.net.URI;
import java.util.function.Supplier;

/**
 * The one way an HTTP request sends a command: once per caller and {@code Idempotency-Key} (see {@link RequestLog}),
 * answered by the convention every service keeps. Creation is {@code 201} with {@code Location}; an action is
 * {@code 200} with what the caller needs next, or {@code 204}; {@code 202} only for work that really continues
 * after the answer. The command is built inside, so the checks that build
 * it (access, eligibility) run with it and a repeated request gets the first answer without running them again; a
 * refused command stores nothing. The operation a key is bound to is the request's method and path.
 */
public class IdempotentCommands {

    private final CommandGateway gateway;
    private final RequestLog requestLog;

    public IdempotentCommands(CommandGateway gateway, RequestLog requestLog) {
        this.gateway = gateway;
        this.requestLog = requestLog;
    }

    /** What a creating request sends, where the created thing is found and the body naming it. */
    public record Creation<T>(Object command, URI location, T answer) {

        public Creation(Object command, String location, T answer) {
            this(command, URI.create(location), answer);
        }
    }

    /** Sends the command {@code creation} builds and answers {@code 201 Created} with its location and answer. */
    public <T> ResponseEntity<T> create(String idempotencyKey, Class<T> answerType, Supplier<Creation<T>> creation) {
        return requestLog.once(idempotencyKey, currentOperation(), answerType, () -> {
            Creation<T> created = creation.get();
            gateway.sendAndWait(created.command());
            return ResponseEntity.created(created.location()).body(created.answer());
        });
    }

    /** Sends the command and answers {@code 200} with {@code answer}, read once the command succeeded. */
    public <T> ResponseEntity<T> act(String idempotencyKey, Class<T> answerType, Supplier<?> command, Supplier<T> answer) {
        return requestLog.once(idempotencyKey, currentOperation(), answerType, () -> {
            gateway.sendAndWait(command.get());
            return ResponseEntity.ok(answer.get());
        });
    }

    /** Sends the command and answers {@code 204 No Content}. */
    public ResponseEntity<Void> act(String idempotencyKey, Supplier<?> command) {
        return requestLog.once(idempotencyKey, currentOperation(), Void.class, () -> {
            gateway.sendAndWait(command.get());
            return ResponseEntity.noContent().build();
        });
    }

    /**
     * Runs {@code work}, which starts something that goes on after the answer (a delivery to another party), and
     * answers {@code 202 Accepted}.
     */
    public ResponseEntity<Void> accept(String idempotencyKey, Runnable work) {
        return requestLog.once(idempotencyKey, currentOperation(), Void.class, () -> {
            work.run();
            return ResponseEntity.accepted().build();
        });
    }

    private static String currentOperation() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            throw new IllegalStateException("An idempotent command is sent from an HTTP request; none is being handled.");
        }
        HttpServletRequest request = attributes.getRequest();
        return request.getMethod() + " " + request.getRequestURI();
    }
}
