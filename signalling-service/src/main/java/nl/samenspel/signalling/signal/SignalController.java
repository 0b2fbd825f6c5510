package nl.samenspel.signalling.signal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.security.CallerRole;
import nl.samenspel.kit.security.CreationEvents;
import nl.samenspel.kit.web.ForbiddenException;
import nl.samenspel.kit.web.IdempotentCommands;
import nl.samenspel.kit.web.IdempotentCommands.Creation;
import nl.samenspel.kit.web.NotFoundException;
import nl.samenspel.kit.web.RequestLog;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Supporters and organisations file and withdraw signals on behalf of their own organisation and follow what became
 * of them; the coordinator may do so for any organisation.
 */
@RestController
@RequestMapping("/signals")
class SignalController {

    private final IdempotentCommands commands;
    private final QueryGateway queries;
    private final EventStore eventStore;

    SignalController(IdempotentCommands commands, QueryGateway queries, EventStore eventStore) {
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
    }

    @PostMapping
    @PreAuthorize(Access.CASE_PARTY)
    ResponseEntity<SignalFiled> file(@Valid @RequestBody FileSignalRequest request,
                                     @RequestHeader(value = RequestLog.HEADER, required = false) String requestId,
                                     Caller caller) {
        requireActsFor(caller, request.organisationId());
        return commands.create(requestId, SignalFiled.class, () -> {
            String signalId = UUID.randomUUID().toString();
            return new Creation<>(new FileSignalCommand(signalId, request.organisationId(), request.municipalityCode(),
                    request.categoryCode(), request.lifeDomain(), request.targetGroup(), request.description(),
                    request.residentsConcerned(), request.caseReferences()), "/signals/" + signalId, new SignalFiled(signalId));
        });
    }

    @PostMapping("/{signalId}/withdraw")
    @PreAuthorize(Access.CASE_PARTY)
    ResponseEntity<Void> withdraw(@PathVariable String signalId,
                                  @RequestHeader(value = RequestLog.HEADER, required = false) String requestId, Caller caller) {
        requireFiledBy(caller, signalId);
        return commands.act(requestId, () -> new WithdrawSignalCommand(signalId));
    }

    @GetMapping("/{signalId}")
    @PreAuthorize(Access.CASE_PARTY)
    SignalView signal(@PathVariable String signalId, Caller caller) {
        requireFiledBy(caller, signalId);
        return queries.query(new FindSignalQuery(signalId), ResponseTypes.optionalInstanceOf(SignalView.class)).join()
                .orElseThrow(() -> new NotFoundException("No signal " + signalId + "."));
    }

    /**
     * An organisation's signals, newest first. Without {@code organisationId}, the caller's own organisation's (what
     * its staff and supporters follow); a coordinator names the organisation.
     */
    @GetMapping
    @PreAuthorize(Access.CASE_PARTY)
    List<SignalView> signals(@RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}") String organisationId,
                             Caller caller) {
        String organisation = organisationId != null ? organisationId : caller.organisationId();
        if (organisation == null) {
            throw new IllegalArgumentException("Name the organisation whose signals to list: GET /signals?organisationId=<id>.");
        }
        requireActsFor(caller, organisation);
        return queries.query(new FindSignalsQuery(organisation), ResponseTypes.multipleInstancesOf(SignalView.class)).join();
    }

    private static void requireActsFor(Caller caller, String organisationId) {
        if (!caller.is(CallerRole.COORDINATOR) && !caller.actsFor(organisationId)) {
            throw new ForbiddenException(caller.subject() + " does not act for organisation " + organisationId);
        }
    }

    /** Entitlement before existence: a signal that does not exist is as forbidden as another organisation's. */
    private void requireFiledBy(Caller caller, String signalId) {
        if (!caller.is(CallerRole.COORDINATOR) && CreationEvents.of(eventStore, signalId, SignalFiledEvent.class)
                .filter(filed -> caller.actsFor(filed.organisationId())).isEmpty()) {
            throw new ForbiddenException(caller.subject() + " did not file signal " + signalId);
        }
    }
}
