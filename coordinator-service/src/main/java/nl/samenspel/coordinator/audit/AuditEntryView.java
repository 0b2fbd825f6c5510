package nl.samenspel.coordinator.audit;

import java.time.Instant;

/** One audited access: who (role, organisation, supporter), what (action, resident, case, handover), when and why. */
public record AuditEntryView(long id, Instant recordedAt, String actorRole, String actorOrganisation,
                             String actorSupporter, String action, String residentPseudonym, String caseReference,
                             String handoverId, String reason) {
}
