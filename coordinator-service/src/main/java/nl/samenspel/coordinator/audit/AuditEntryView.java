package nl.samenspel.coordinator.audit;

import java.time.Instant;

/**
 * One audited access: who (the token's subject, role, organisation, supporter; the subject is null for entries written
 * before tokens), what (action, resident, case, handover), when and why.
 */
public record AuditEntryView(long id, Instant recordedAt, String actorSubject, String actorRole, String actorOrganisation,
                             String actorSupporter, String action, String residentPseudonym, String caseReference,
                             String handoverId, String reason) {
}
