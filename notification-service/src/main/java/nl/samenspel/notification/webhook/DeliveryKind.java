package nl.samenspel.notification.webhook;

/** What a delivery carries. */
enum DeliveryKind {
    /** One of the party's events, from the feed. */
    EVENT,
    /** A test event the party asked for. */
    TEST,
    /** The one-time code that proves the receiver is the party's (the only thing an unverified subscription gets). */
    VERIFICATION
}
