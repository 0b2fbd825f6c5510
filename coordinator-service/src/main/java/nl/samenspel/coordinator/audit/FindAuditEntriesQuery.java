package nl.samenspel.coordinator.audit;

import java.time.Instant;

/** Audit entries, optionally of one resident and within {@code [from, to)}, oldest first. */
public record FindAuditEntriesQuery(String residentPseudonym, Instant from, Instant to, int limit) {
}
