package nl.samenspel.coordinator.consent;

import jakarta.validation.Valid;
import nl.samenspel.coordinator.cases.CommandResult;
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

/** The resident's consents over HTTP: each request goes to one call of {@link RecordingConsent}. */
@RestController
public class ConsentController {

    private final RecordingConsent consents;

    ConsentController(RecordingConsent consents) {
        this.consents = consents;
    }

    @PreAuthorize(Access.CASE_PARTY)
    @PostMapping("/cases/{reference}/consents")
    public ResponseEntity<CommandResult> recordConsent(@PathVariable String reference, @Valid @RequestBody ConsentRequest body,
                                                       @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return consents.record(reference, body, key, caller);
    }

    @PreAuthorize(Access.CASE_PARTY)
    @PostMapping("/cases/{reference}/consents/{organisationId}/withdrawal")
    public ResponseEntity<CommandResult> withdrawConsent(@PathVariable String reference, @PathVariable String organisationId,
                                                         @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return consents.withdraw(reference, organisationId, key, caller);
    }
}
