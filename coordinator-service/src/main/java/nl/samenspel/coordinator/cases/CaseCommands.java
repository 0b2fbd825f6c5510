package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.web.RequestLog;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends the commands of the coordinator's application services, each once per caller's {@code Idempotency-Key}: the
 * key is the caller's own, so the same key from another caller runs that caller's checks.
 */
@Component
public class CaseCommands {

    private final CommandGateway commands;
    private final RequestLog requests;
    private final EntitledCases cases;

    CaseCommands(CommandGateway commands, RequestLog requests, EntitledCases cases) {
        this.commands = commands;
        this.requests = requests;
        this.cases = cases;
    }

    /** Runs {@code work} once per caller and key; a repeat gets the first answer. */
    public ResponseEntity<CommandResult> once(String key, String operation, Supplier<ResponseEntity<CommandResult>> work) {
        return requests.once(key, operation, CommandResult.class, work);
    }

    /** Runs one command about a case addressed to the caller, once per caller's key; answers 200 with the case. */
    public ResponseEntity<CommandResult> onCase(String key, String operation, String reference, Caller caller,
                                                CaseAccess access, Function<CaseView, Object> command) {
        return once(key, operation, () -> {
            send(command.apply(cases.find(reference, caller, access)));
            return ResponseEntity.ok(new CommandResult(reference, null));
        });
    }

    /** Sends a command and waits for the case to handle it; its refusal comes back as the case's exception. */
    public void send(Object command) {
        commands.sendAndWait(command);
    }
}
