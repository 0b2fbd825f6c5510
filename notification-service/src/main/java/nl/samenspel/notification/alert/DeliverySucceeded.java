package nl.samenspel.notification.alert;

import nl.samenspel.notification.party.Party;

import java.time.Instant;
import java.util.UUID;

/**
 * A receiver took a delivery (published in the transaction that records it).
 *
 * @param subject the delivered event's subject (the case); absent for a test or verification event
 */
public record DeliverySucceeded(UUID subscriptionId, Party party, String eventId, String subject, Instant at) {
}
