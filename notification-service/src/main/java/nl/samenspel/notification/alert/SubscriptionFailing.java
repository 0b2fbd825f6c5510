package nl.samenspel.notification.alert;

import nl.samenspel.notification.party.Party;

import java.time.Instant;
import java.util.UUID;

/** A subscription's receiver failed for the first time since its last success (published in that transaction). */
public record SubscriptionFailing(UUID subscriptionId, Party party, String url, Instant since, String error) {
}
