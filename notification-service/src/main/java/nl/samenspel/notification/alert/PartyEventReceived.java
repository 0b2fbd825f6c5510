package nl.samenspel.notification.alert;

import nl.samenspel.notification.feed.StoredEvent;

/** An event addressed to a party was received and stored for its feed (published in that transaction, once per event). */
public record PartyEventReceived(StoredEvent event) {
}
