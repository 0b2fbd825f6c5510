package nl.samenspel.signalling.signal;

import jakarta.validation.Valid;
import nl.samenspel.kit.web.NotFoundException;
import nl.samenspel.kit.web.RequestLog;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Supporters file and withdraw signals and follow what became of them. */
@RestController
@RequestMapping("/signals")
class SignalController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final RequestLog requestLog;

    SignalController(CommandGateway commands, QueryGateway queries, RequestLog requestLog) {
        this.commands = commands;
        this.queries = queries;
        this.requestLog = requestLog;
    }

    @PostMapping
    ResponseEntity<SignalFiled> file(@Valid @RequestBody FileSignalRequest request,
                                     @RequestHeader(value = RequestLog.HEADER, required = false) String requestId) {
        return requestLog.once(requestId, "POST /signals", SignalFiled.class, () -> {
            String signalId = UUID.randomUUID().toString();
            commands.sendAndWait(new FileSignalCommand(signalId, request.organisationId(), request.municipalityCode(),
                    request.categoryCode(), request.lifeDomain(), request.targetGroup(), request.description(),
                    request.residentsConcerned(), request.caseReferences()));
            return ResponseEntity.created(URI.create("/signals/" + signalId)).body(new SignalFiled(signalId));
        });
    }

    @PostMapping("/{signalId}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable String signalId) {
        commands.sendAndWait(new WithdrawSignalCommand(signalId));
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/{signalId}")
    SignalView signal(@PathVariable String signalId) {
        return queries.query(new FindSignalQuery(signalId), ResponseTypes.optionalInstanceOf(SignalView.class)).join()
                .orElseThrow(() -> new NotFoundException("No signal " + signalId + "."));
    }

    @GetMapping
    List<SignalView> signals(@RequestParam String organisationId) {
        return queries.query(new FindSignalsQuery(organisationId), ResponseTypes.multipleInstancesOf(SignalView.class)).join();
    }
}
