package nl.samenspel.notification.alert;

import nl.samenspel.notification.party.Party;

import java.util.UUID;

/** A delivery's last attempt failed: it is FAILED, kept and resendable (published in that transaction). */
public record DeliveryFailed(UUID subscriptionId, Party party, long deliveryId, String eventId, String error) {
}
