package nl.samenspel.coordinator.audit;

import java.time.Instant;

/**
 * Audit entries, optionally of one resident, of one actor (the token's subject, or the organisation or supporter the
 * actor acted for) and within {@code [from, to)}, oldest first.
 */
public record FindAuditEntriesQuery(String residentPseudonym, String actor, Instant from, Instant to, int limit) {
}
