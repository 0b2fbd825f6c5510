package nl.samenspel.notification.webhook;

import java.util.UUID;

/**
 * A delivery this instance holds the lease of, with what it sends.
 *
 * @param lease    the lease's token: the outcome is stored only while this instance still holds it
 * @param attempts attempts made before this one
 */
record ClaimedDelivery(long id, UUID subscriptionId, String url, String eventId, byte[] body, int attempts, String lease) {
}
