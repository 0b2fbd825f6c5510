package nl.samenspel.notification.alert;

import nl.samenspel.notification.party.Party;

import java.util.UUID;

/** A subscription was disabled and receives nothing until its party changes it (published in that transaction). */
public record SubscriptionDisabled(UUID subscriptionId, Party party, String url, String reason) {
}
