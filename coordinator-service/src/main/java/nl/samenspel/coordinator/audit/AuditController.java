package nl.samenspel.coordinator.audit;

import nl.samenspel.kit.security.Access;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
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
    public List<AuditEntryView> find(@RequestParam(required = false) String pseudonym, @RequestParam(required = false) String actor,
                                     @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                                     @RequestParam(defaultValue = "500") int limit) {
        return log.find(new FindAuditEntriesQuery(blankToNull(pseudonym), blankToNull(actor), from, to,
                Math.min(Math.max(limit, 1), 5000)));
    }

    /** The same entries as {@code GET /audit} with the same filters, as a CSV file (at most 100,000 lines). */
    @PreAuthorize(Access.ADMINISTRATOR)
    @GetMapping(value = "/audit/export", produces = "text/csv")
    public ResponseEntity<String> export(@RequestParam(required = false) String pseudonym, @RequestParam(required = false) String actor,
                                         @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        List<AuditEntryView> entries = log.find(new FindAuditEntriesQuery(blankToNull(pseudonym), blankToNull(actor), from, to, 100_000));
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(AuditCsv.of(entries));
    }

    /** A form's empty field means "any". */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
