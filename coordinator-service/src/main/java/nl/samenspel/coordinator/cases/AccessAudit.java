package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.security.Caller;

/** Records who read (or erased) a resident's personal data and why, in the append-only audit log (NEN 7513). */
public interface AccessAudit {

    String READ_PERSONAL_DETAILS = "READ_PERSONAL_DETAILS";
    String WRITE_PERSONAL_DETAILS = "WRITE_PERSONAL_DETAILS";
    String ERASE_PERSONAL_DATA = "ERASE_PERSONAL_DATA";
    String READ_HANDOVER_SUMMARY = "READ_HANDOVER_SUMMARY";

    /**
     * @param action        one of the constants above
     * @param caseReference the case read, if any
     * @param handoverId    the handover whose summary was read, if any
     * @param caller        who, from the token: subject, role, organisation, supporter
     * @param reason        why the caller needed it
     */
    void record(Caller caller, String action, String residentPseudonym, String caseReference, String handoverId, String reason);
}
