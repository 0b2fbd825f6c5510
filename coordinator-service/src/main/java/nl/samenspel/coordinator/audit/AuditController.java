package nl.samenspel.coordinator.audit;

import nl.samenspel.coordinator.cases.Actor;
import nl.samenspel.coordinator.cases.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.List;

/** The audit log for the network administrator: read only; there is deliberately no endpoint that changes it. */
@RestController
public class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    public List<AuditEntryView> find(@RequestParam(required = false) String pseudonym,
                                     @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                                     @RequestParam(defaultValue = "500") int limit, Actor actor) {
        if (actor.role() != Role.ADMINISTRATOR) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the network administrator reads the audit log.");
        }
        return log.find(new FindAuditEntriesQuery(pseudonym, from, to, Math.min(Math.max(limit, 1), 5000)));
    }
}
