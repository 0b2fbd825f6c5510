package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.web.IdempotentCommands;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends the commands of the coordinator's application services through the kit's {@link IdempotentCommands}, once
 * per caller's {@code Idempotency-Key}: the key is the caller's own, so the same key from another caller runs that
 * caller's checks.
 */
@Component
public class CaseCommands {

    private final IdempotentCommands idempotent;
    private final EntitledCases cases;

    CaseCommands(IdempotentCommands idempotent, EntitledCases cases) {
        this.idempotent = idempotent;
        this.cases = cases;
    }

    /** Sends the command {@code creation} builds, with its checks; answers 201 with where the created thing is. */
    public ResponseEntity<CommandResult> create(String key, Supplier<IdempotentCommands.Creation<CommandResult>> creation) {
        return idempotent.create(key, CommandResult.class, creation);
    }

    /** Sends one command about a case addressed to the caller (see {@link EntitledCases}); answers 200 with the case. */
    public ResponseEntity<CommandResult> onCase(String key, String reference, Caller caller, CaseAccess access,
                                                Function<CaseView, Object> command) {
        return idempotent.act(key, CommandResult.class, () -> command.apply(cases.find(reference, caller, access)),
                () -> new CommandResult(reference, null));
    }
}
