package nl.samenspel.coordinator.offers;

import jakarta.validation.Valid;
import nl.samenspel.coordinator.cases.AssignSupporterRequest;
import nl.samenspel.coordinator.cases.CommandResult;
import nl.samenspel.coordinator.cases.DeclineRequest;
import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.web.RequestLog;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Offers over HTTP: each request goes to one call of {@link DispatchingOffers} or {@link AnsweringOffers}. */
@RestController
public class OfferController {

    private final DispatchingOffers dispatching;
    private final AnsweringOffers answering;

    OfferController(DispatchingOffers dispatching, AnsweringOffers answering) {
        this.dispatching = dispatching;
        this.answering = answering;
    }

    @PreAuthorize(Access.COORDINATOR)
    @PostMapping("/cases/{reference}/dispatch")
    public ResponseEntity<CommandResult> dispatch(@PathVariable String reference, @Valid @RequestBody DispatchRequest body,
                                                  @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return dispatching.dispatch(reference, body, key, caller);
    }

    /** The coordinator takes back an unanswered offer, with the reason: the case returns to the queue at once. */
    @PreAuthorize(Access.COORDINATOR)
    @PostMapping("/cases/{reference}/offer/withdrawal")
    public ResponseEntity<CommandResult> withdrawOffer(@PathVariable String reference, @Valid @RequestBody WithdrawOfferRequest body,
                                                       @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return dispatching.withdraw(reference, body, key, caller);
    }

    @PreAuthorize(Access.ORGANISATION)
    @PostMapping("/cases/{reference}/accept")
    public ResponseEntity<CommandResult> accept(@PathVariable String reference, @Valid @RequestBody AssignSupporterRequest body,
                                                @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return answering.accept(reference, body, key, caller);
    }

    @PreAuthorize(Access.ORGANISATION)
    @PostMapping("/cases/{reference}/decline")
    public ResponseEntity<CommandResult> decline(@PathVariable String reference, @Valid @RequestBody DeclineRequest body,
                                                 @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return answering.decline(reference, body, key, caller);
    }
}
