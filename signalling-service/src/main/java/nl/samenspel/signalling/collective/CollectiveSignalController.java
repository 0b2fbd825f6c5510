package nl.samenspel.signalling.collective;

import jakarta.validation.Valid;
import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.web.ConflictException;
import nl.samenspel.kit.web.DomainRuleException;
import nl.samenspel.kit.web.IdempotentCommands;
import nl.samenspel.kit.web.IdempotentCommands.Creation;
import nl.samenspel.kit.web.NotFoundException;
import nl.samenspel.kit.web.RequestLog;
import nl.samenspel.signalling.catalogue.Catalogue;
import nl.samenspel.signalling.signal.FindSignalQuery;
import nl.samenspel.signalling.signal.SignalStatus;
import nl.samenspel.signalling.signal.SignalView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Collective signals: the coordinator raises, merges and reads them (every municipality's at once, or one); a
 * municipality lists, acknowledges, answers and closes its own (under {@code /municipalities/{code}}, another code is
 * 403); the coordinator may list and close them too, but only the municipality speaks for itself (acknowledge, answer).
 */
@RestController
class CollectiveSignalController {

    private final IdempotentCommands commands;
    private final QueryGateway queries;
    private final Catalogue catalogue;

    CollectiveSignalController(IdempotentCommands commands, QueryGateway queries, Catalogue catalogue) {
        this.commands = commands;
        this.queries = queries;
        this.catalogue = catalogue;
    }

    @PostMapping("/collective-signals")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<CollectiveSignalRaised> raise(@Valid @RequestBody RaiseCollectiveSignalRequest request,
                                                 @RequestHeader(value = RequestLog.HEADER, required = false) String requestId) {
        return commands.create(requestId, CollectiveSignalRaised.class, () -> {
            List<SignalView> signals = request.signalIds().stream().sorted().map(this::filedSignal).toList();
            signals.stream().filter(signal -> !signal.municipalityCode().equals(request.municipalityCode())).findFirst()
                    .ifPresent(signal -> {
                        throw new DomainRuleException("Signal " + signal.signalId() + " is about "
                                + signal.municipalityCode() + ", not " + request.municipalityCode() + ".");
                    });
            String id = UUID.randomUUID().toString();
            return new Creation<>(new RaiseCollectiveSignalCommand(id, request.municipalityCode(), request.categoryCode(),
                    CollectiveSignalOrigin.MANUAL, request.summary(), request.signalIds(),
                    collect(signals, SignalView::organisationId), collect(signals, SignalView::lifeDomain),
                    collect(signals, SignalView::targetGroup),
                    signals.stream().mapToInt(SignalView::residentsConcerned).sum(),
                    signals.stream().map(SignalView::description).toList()), "/collective-signals/" + id,
                    new CollectiveSignalRaised(id));
        });
    }

    @PostMapping("/collective-signals/{id}/merge")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<Void> merge(@PathVariable String id, @Valid @RequestBody MergeCollectiveSignalRequest request,
                               @RequestHeader(value = RequestLog.HEADER, required = false) String requestId) {
        return commands.act(requestId, () -> {
            CollectiveSignalView source = view(id);
            CollectiveSignalView into = view(request.intoId());
            if (!source.municipalityCode().equals(into.municipalityCode())) {
                throw new DomainRuleException("Only collective signals to the same municipality can be merged; " + id
                        + " is for " + source.municipalityCode() + ", " + into.collectiveSignalId() + " for "
                        + into.municipalityCode() + ".");
            }
            if (!into.status().open()) {
                throw new ConflictException("Collective signal " + into.collectiveSignalId() + " is " + into.status()
                        + "; merge into an open one.", into);
            }
            return new MergeCollectiveSignalCommand(id, request.intoId());
        });
    }

    @GetMapping("/collective-signals")
    @PreAuthorize(Access.COORDINATOR)
    List<CollectiveSignalView> collectiveSignals(@RequestParam(defaultValue = "false") boolean overdue) {
        return queries.query(new FindAllCollectiveSignalsQuery(overdue),
                ResponseTypes.multipleInstancesOf(CollectiveSignalView.class)).join();
    }

    @GetMapping("/collective-signals/{id}")
    @PreAuthorize(Access.COORDINATOR)
    CollectiveSignalView collectiveSignal(@PathVariable String id) {
        return view(id);
    }

    @GetMapping("/municipalities/{code}/collective-signals")
    @PreAuthorize(Access.COORDINATOR_OR_MUNICIPALITY)
    List<CollectiveSignalView> ofMunicipality(@PathVariable String code,
                                              @RequestParam(defaultValue = "false") boolean overdue, Caller caller) {
        catalogue.municipalityInPath(code, caller);
        return queries.query(new FindCollectiveSignalsQuery(code, overdue),
                ResponseTypes.multipleInstancesOf(CollectiveSignalView.class)).join();
    }

    @GetMapping("/municipalities/{code}/collective-signals/{id}")
    @PreAuthorize(Access.COORDINATOR_OR_MUNICIPALITY)
    CollectiveSignalView ofMunicipality(@PathVariable String code, @PathVariable String id, Caller caller) {
        catalogue.municipalityInPath(code, caller);
        CollectiveSignalView view = view(id);
        if (!view.municipalityCode().equals(code)) {
            throw new NotFoundException("Municipality " + code + " has no collective signal " + id + ".");
        }
        return view;
    }

    @PostMapping("/municipalities/{code}/collective-signals/{id}/acknowledge")
    @PreAuthorize(Access.MUNICIPALITY)
    ResponseEntity<Void> acknowledge(@PathVariable String code, @PathVariable String id,
                                     @RequestHeader(value = RequestLog.HEADER, required = false) String requestId, Caller caller) {
        catalogue.municipalityInPath(code, caller);
        return commands.act(requestId, () -> new AcknowledgeCollectiveSignalCommand(id, code));
    }

    @PostMapping("/municipalities/{code}/collective-signals/{id}/answer")
    @PreAuthorize(Access.MUNICIPALITY)
    ResponseEntity<Void> answer(@PathVariable String code, @PathVariable String id,
                                @Valid @RequestBody AnswerCollectiveSignalRequest request,
                                @RequestHeader(value = RequestLog.HEADER, required = false) String requestId, Caller caller) {
        catalogue.municipalityInPath(code, caller);
        return commands.act(requestId, () -> new AnswerCollectiveSignalCommand(id, code, request.answer(),
                request.plannedMeasure(), request.plannedDate()));
    }

    @PostMapping("/municipalities/{code}/collective-signals/{id}/close")
    @PreAuthorize(Access.COORDINATOR_OR_MUNICIPALITY)
    ResponseEntity<Void> close(@PathVariable String code, @PathVariable String id,
                               @RequestHeader(value = RequestLog.HEADER, required = false) String requestId, Caller caller) {
        catalogue.municipalityInPath(code, caller);
        return commands.act(requestId, () -> new CloseCollectiveSignalCommand(id, code));
    }

    private CollectiveSignalView view(String id) {
        return queries.query(new FindCollectiveSignalQuery(id), ResponseTypes.optionalInstanceOf(CollectiveSignalView.class))
                .join().orElseThrow(() -> new NotFoundException("No collective signal " + id + "."));
    }

    private SignalView filedSignal(String signalId) {
        SignalView signal = queries.query(new FindSignalQuery(signalId), ResponseTypes.optionalInstanceOf(SignalView.class))
                .join().orElseThrow(() -> new DomainRuleException("Signal " + signalId + " does not exist."));
        if (signal.status() != SignalStatus.FILED) {
            throw new ConflictException("Signal " + signalId + " is " + signal.status()
                    + "; only filed signals can be bundled by hand.", signal);
        }
        return signal;
    }

    private static Set<String> collect(List<SignalView> signals, Function<SignalView, String> field) {
        return signals.stream().map(field).collect(Collectors.toCollection(TreeSet::new));
    }
}
