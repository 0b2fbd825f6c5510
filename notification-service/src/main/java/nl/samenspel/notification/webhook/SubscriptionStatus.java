package nl.samenspel.notification.webhook;

/** Whether a subscription receives its party's events. */
public enum SubscriptionStatus {
    /** Registered or changed, not yet proven to be the party's own receiver: gets nothing but its verification. */
    UNVERIFIED,
    /** Receives its party's events. */
    ACTIVE,
    /** Receives nothing (answered 410, failed five days long, or its organisation left the network); see the reason. */
    DISABLED
}
