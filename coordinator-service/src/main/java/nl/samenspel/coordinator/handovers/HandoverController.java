package nl.samenspel.coordinator.handovers;

import jakarta.validation.Valid;
import nl.samenspel.coordinator.cases.AssignSupporterRequest;
import nl.samenspel.coordinator.cases.CommandResult;
import nl.samenspel.coordinator.cases.DeclineRequest;
import nl.samenspel.coordinator.cases.HandoverSummaryView;
import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.web.RefusedWith;
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
 * Handovers over HTTP: each request goes to one call of {@link HandingOver}, {@link AnsweringHandovers} or
 * {@link ReadingWarmSummaries}.
 */
@RestController
public class HandoverController {

    private final HandingOver handingOver;
    private final AnsweringHandovers answering;
    private final ReadingWarmSummaries summaries;

    HandoverController(HandingOver handingOver, AnsweringHandovers answering, ReadingWarmSummaries summaries) {
        this.handingOver = handingOver;
        this.answering = answering;
        this.summaries = summaries;
    }

    @PreAuthorize(Access.CASE_PARTY)
    @PostMapping("/cases/{reference}/handovers")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<CommandResult> requestHandover(@PathVariable String reference, @Valid @RequestBody HandoverRequest body,
                                                         @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return handingOver.request(reference, body, key, caller);
    }

    @PreAuthorize(Access.ORGANISATION)
    @PostMapping("/cases/{reference}/handovers/{handoverId}/accept")
    public ResponseEntity<CommandResult> acceptHandover(@PathVariable String reference, @PathVariable String handoverId,
                                                        @Valid @RequestBody AssignSupporterRequest body,
                                                        @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return answering.accept(reference, handoverId, body, key, caller);
    }

    @PreAuthorize(Access.ORGANISATION)
    @PostMapping("/cases/{reference}/handovers/{handoverId}/decline")
    public ResponseEntity<CommandResult> declineHandover(@PathVariable String reference, @PathVariable String handoverId,
                                                         @Valid @RequestBody DeclineRequest body,
                                                         @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return answering.decline(reference, handoverId, body, key, caller);
    }

    /** The warm-handover summary, while the resident's consent for the receiving organisation holds; every read is audited. */
    @PreAuthorize(Access.COORDINATOR_OR_ORGANISATION)
    @GetMapping("/handovers/{handoverId}")
    @RefusedWith(Refusal.RULE_BROKEN)
    public HandoverSummaryView handoverSummary(@PathVariable String handoverId,
                                               @RequestParam(defaultValue = "taking over the case") String reason, Caller caller) {
        return summaries.read(handoverId, reason, caller);
    }
}
