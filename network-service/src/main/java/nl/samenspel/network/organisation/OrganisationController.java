package nl.samenspel.network.organisation;

import jakarta.validation.Valid;
import nl.samenspel.kit.web.RequestLog;
import nl.samenspel.network.web.Commands;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** Membership commands: apply, admit, reject, suspend, reinstate, leave, remove. Reading is in the directory. */
@RestController
class OrganisationController {

    private final Commands commands;

    OrganisationController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/organisations")
    ResponseEntity<OrganisationReference> apply(@RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                                @Valid @RequestBody ApplyToJoinRequest request) {
        String id = UUID.randomUUID().toString();
        return commands.create(key, "POST /organisations",
                new ApplyToJoinCommand(id, request.profile(), request.decidesOnAccess()),
                URI.create("/organisations/" + id), new OrganisationReference(id));
    }

    @PostMapping("/organisations/{id}/admission")
    ResponseEntity<Void> admit(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key) {
        return commands.change(key, "POST /organisations/" + id + "/admission", new AdmitOrganisationCommand(id));
    }

    @PostMapping("/organisations/{id}/rejection")
    ResponseEntity<Void> reject(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                @Valid @RequestBody ReasonRequest request) {
        return commands.change(key, "POST /organisations/" + id + "/rejection", new RejectOrganisationCommand(id, request.reason()));
    }

    @PostMapping("/organisations/{id}/suspension")
    ResponseEntity<Void> suspend(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                 @Valid @RequestBody ReasonRequest request) {
        return commands.change(key, "POST /organisations/" + id + "/suspension", new SuspendOrganisationCommand(id, request.reason()));
    }

    @PostMapping("/organisations/{id}/reinstatement")
    ResponseEntity<Void> reinstate(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key) {
        return commands.change(key, "POST /organisations/" + id + "/reinstatement", new ReinstateOrganisationCommand(id));
    }

    /** The organisation leaves of its own accord. */
    @PostMapping("/organisations/{id}/departure")
    ResponseEntity<Void> leave(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                               @Valid @RequestBody ReasonRequest request) {
        return commands.change(key, "POST /organisations/" + id + "/departure", new LeaveNetworkCommand(id, request.reason()));
    }

    /** The coordinator ends the membership. */
    @PostMapping("/organisations/{id}/removal")
    ResponseEntity<Void> remove(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                @Valid @RequestBody ReasonRequest request) {
        return commands.change(key, "POST /organisations/" + id + "/removal", new RemoveOrganisationCommand(id, request.reason()));
    }
}
