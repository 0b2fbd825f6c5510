package nl.samenspel.coordinator.cases;

import jakarta.validation.Valid;
import nl.samenspel.coordinator.matching.CandidateList;
import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.web.RequestLog;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases over HTTP: each request goes to one call of an application service. Who acts comes from the caller's token:
 * {@code @PreAuthorize} admits the roles of each endpoint, {@link CaseAccess} then decides whether the case is
 * addressed to the caller (403 otherwise, whether or not the case exists), and the case checks the resulting
 * {@link Actor} against its transition table. Every command takes the caller's own {@code Idempotency-Key}.
 */
@RestController
public class CaseController {

    private final OpeningCases opening;
    private final EntitledCases cases;
    private final ProposingSupporters proposing;
    private final WorkingOnCases working;
    private final ClosingCases closing;

    CaseController(OpeningCases opening, EntitledCases cases, ProposingSupporters proposing, WorkingOnCases working,
                   ClosingCases closing) {
        this.opening = opening;
        this.cases = cases;
        this.proposing = proposing;
        this.working = working;
        this.closing = closing;
    }

    @PreAuthorize(Access.COORDINATOR)
    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<CommandResult> open(@Valid @RequestBody OpenCaseRequest body,
                                              @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return opening.open(body, key, caller);
    }

    @PreAuthorize(Access.CASE_PARTY)
    @GetMapping("/cases/{reference}")
    public CaseView find(@PathVariable String reference, Caller caller) {
        return cases.find(reference, caller, CaseAccess.READER);
    }

    @PreAuthorize(Access.COORDINATOR)
    @GetMapping("/cases/{reference}/candidates")
    public CandidateList candidates(@PathVariable String reference, @RequestParam(defaultValue = "10") int limit,
                                    Caller caller) {
        return proposing.candidates(reference, limit, caller);
    }

    @PreAuthorize(Access.SUPPORTER)
    @PostMapping("/cases/{reference}/hours")
    public ResponseEntity<CommandResult> logHours(@PathVariable String reference, @Valid @RequestBody LogHoursRequest body,
                                                  @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return working.logHours(reference, body, key, caller);
    }

    @PreAuthorize(Access.CASE_PARTY)
    @PostMapping("/cases/{reference}/complexity-flags")
    public ResponseEntity<CommandResult> raiseFlag(@PathVariable String reference, @Valid @RequestBody RaiseFlagRequest body,
                                                   @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return working.raiseFlag(reference, body, key, caller);
    }

    @PreAuthorize(Access.CASE_PARTY)
    @PostMapping("/cases/{reference}/escalate")
    public ResponseEntity<CommandResult> escalate(@PathVariable String reference,
                                                  @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return working.escalate(reference, key, caller);
    }

    @PreAuthorize(Access.CASE_PARTY)
    @PostMapping("/cases/{reference}/close")
    public ResponseEntity<CommandResult> close(@PathVariable String reference, @Valid @RequestBody CloseRequest body,
                                               @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return closing.close(reference, body, key, caller);
    }

    @PreAuthorize(Access.COORDINATOR_OR_SUPPORTER)
    @PostMapping("/cases/{reference}/experience")
    public ResponseEntity<CommandResult> recordExperience(@PathVariable String reference, @RequestBody ExperienceRequest body,
                                                          @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return closing.recordExperience(reference, body, key, caller);
    }

    @PreAuthorize(Access.COORDINATOR)
    @PostMapping("/cases/{reference}/reopen")
    public ResponseEntity<CommandResult> reopen(@PathVariable String reference,
                                                @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return opening.reopen(reference, key, caller);
    }
}
