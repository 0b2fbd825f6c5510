package nl.samenspel.coordinator.audit;

import nl.samenspel.kit.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The audit log for the network administrator: read only; there is deliberately no endpoint that changes it. */
@RestController
public class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @PreAuthorize(Access.ADMINISTRATOR)
    @GetMapping("/audit")
    public List<AuditEntryView> find(@RequestParam(required = false) String pseudonym,
                                     @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                                     @RequestParam(defaultValue = "500") int limit) {
        return log.find(new FindAuditEntriesQuery(pseudonym, from, to, Math.min(Math.max(limit, 1), 5000)));
    }
}
