package nl.samenspel.coordinator.cases;

/** What can be done to a case; each is checked against {@link CaseTransitions#ALLOWED}. */
enum CaseAction {
    DISPATCH, ACCEPT, DECLINE, EXPIRE_OFFER, WITHDRAW_OFFER,
    LOG_HOURS, RAISE_FLAG, RECORD_CONSENT, WITHDRAW_CONSENT, ESCALATE,
    REQUEST_HANDOVER, ACCEPT_HANDOVER, DECLINE_HANDOVER, EXPIRE_HANDOVER,
    CLOSE, RECORD_EXPERIENCE, REOPEN
}
