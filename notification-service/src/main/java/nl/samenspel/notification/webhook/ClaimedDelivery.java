package nl.samenspel.notification.webhook;

import java.util.UUID;

/**
 * A delivery this instance holds the lease of, with what it sends.
 *
 * @param subject  the event's subject (the case); absent for a test or verification event
 * @param lease    the lease's token: the outcome is stored only while this instance still holds it
 * @param attempts attempts made before this one
 */
record ClaimedDelivery(long id, UUID subscriptionId, String url, String eventId, String subject, byte[] body, int attempts,
                       String lease) {
}
