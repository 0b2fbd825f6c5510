package nl.samenspel.notification.webhook;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt (or being attempted). */
    PENDING,
    /** A receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed, or the receiver answered 410; kept, and resendable. */
    FAILED,
    /** Not sent: its subscription's organisation left the network. */
    CANCELLED
}
