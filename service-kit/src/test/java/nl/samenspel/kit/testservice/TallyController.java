package nl.samenspel.kit.testservice;

import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.web.IdempotentCommands;
import nl.samenspel.kit.web.RequestLog;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The test service's command API, so fault tests can drive it the way clients drive real services. */
@RestController
class TallyController {

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;

    TallyController(CommandGateway commands, IdempotentCommands idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    @PostMapping("/tallies")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<Void> record(@RequestBody RecordTallyCommand command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tallies/{tallyId}")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<Void> record(@PathVariable String tallyId, @RequestParam int amount) {
        commands.sendAndWait(new RecordTallyCommand(tallyId, amount));
        return ResponseEntity.noContent().build();
    }

    /** Starts a tally of its own once per caller's {@code Idempotency-Key}, answered 201 with where it is. */
    @PostMapping("/tallies/once")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<TallyReceipt> startOnce(@RequestParam int amount, @RequestHeader(RequestLog.HEADER) String key) {
        return idempotent.create(key, TallyReceipt.class, () -> {
            String tallyId = "tally-" + UUID.randomUUID();
            return new IdempotentCommands.Creation<>(new RecordTallyCommand(tallyId, amount), "/tallies/" + tallyId,
                    new TallyReceipt(UUID.randomUUID().toString()));
        });
    }

    /** Records once per caller's {@code Idempotency-Key}; each run answers with a receipt of its own. */
    @PostMapping("/tallies/{tallyId}/once")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<TallyReceipt> recordOnce(@PathVariable String tallyId, @RequestParam int amount,
                                            @RequestHeader(RequestLog.HEADER) String key) {
        return idempotent.act(key, TallyReceipt.class, () -> new RecordTallyCommand(tallyId, amount),
                () -> new TallyReceipt(UUID.randomUUID().toString()));
    }
}
