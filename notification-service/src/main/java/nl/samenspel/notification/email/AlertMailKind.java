package nl.samenspel.notification.email;

/** What an alert mail is about. */
enum AlertMailKind {
    VERIFICATION, NEW_OFFER, NEW_HANDOVER, UNANSWERED_HALFWAY, WEBHOOK_FAILING, WEBHOOK_DISABLED
}
