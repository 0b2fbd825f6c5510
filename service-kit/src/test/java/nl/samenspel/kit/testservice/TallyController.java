package nl.samenspel.kit.testservice;

import nl.samenspel.kit.security.Access;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The test service's command API, so fault tests can drive it the way clients drive real services. */
@RestController
class TallyController {

    private final CommandGateway commands;

    TallyController(CommandGateway commands) {
        this.commands = commands;
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
}
