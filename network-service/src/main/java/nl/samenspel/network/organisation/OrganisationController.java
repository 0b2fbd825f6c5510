package nl.samenspel.network.organisation;

import jakarta.validation.Valid;
import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.security.CallerRole;
import nl.samenspel.kit.web.ForbiddenException;
import nl.samenspel.kit.web.IdempotentCommands;
import nl.samenspel.kit.web.IdempotentCommands.Creation;
import nl.samenspel.kit.web.RequestLog;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Membership commands: apply, admit, reject, suspend, reinstate, leave, remove. The coordinator registers the
 * application and decides; an organisation may only leave. Reading is in the directory.
 */
@RestController
class OrganisationController {

    private final IdempotentCommands commands;

    OrganisationController(IdempotentCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/organisations")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<OrganisationReference> apply(@RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                                @Valid @RequestBody ApplyToJoinRequest request) {
        return commands.create(key, OrganisationReference.class, () -> {
            String id = UUID.randomUUID().toString();
            return new Creation<>(new ApplyToJoinCommand(id, request.profile(), request.decidesOnAccess()),
                    "/organisations/" + id, new OrganisationReference(id));
        });
    }

    @PostMapping("/organisations/{id}/admission")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<Void> admit(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key) {
        return commands.act(key, () -> new AdmitOrganisationCommand(id));
    }

    @PostMapping("/organisations/{id}/rejection")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<Void> reject(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                @Valid @RequestBody ReasonRequest request) {
        return commands.act(key, () -> new RejectOrganisationCommand(id, request.plainReason()));
    }

    @PostMapping("/organisations/{id}/suspension")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<Void> suspend(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                 @Valid @RequestBody ReasonRequest request) {
        return commands.act(key, () -> new SuspendOrganisationCommand(id, request.plainReason()));
    }

    @PostMapping("/organisations/{id}/reinstatement")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<Void> reinstate(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key) {
        return commands.act(key, () -> new ReinstateOrganisationCommand(id));
    }

    /** The organisation leaves of its own accord (or the coordinator records that it does). */
    @PostMapping("/organisations/{id}/departure")
    @PreAuthorize(Access.COORDINATOR_OR_ORGANISATION)
    ResponseEntity<Void> leave(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                               @Valid @RequestBody ReasonRequest request, Caller caller) {
        if (!caller.is(CallerRole.COORDINATOR) && !caller.actsFor(id)) {
            throw new ForbiddenException(caller.subject() + " may not take organisation " + id + " out of the network");
        }
        return commands.act(key, () -> new LeaveNetworkCommand(id, request.plainReason()));
    }

    /** The coordinator ends the membership. */
    @PostMapping("/organisations/{id}/removal")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<Void> remove(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                @Valid @RequestBody ReasonRequest request) {
        return commands.act(key, () -> new RemoveOrganisationCommand(id, request.plainReason()));
    }
}
