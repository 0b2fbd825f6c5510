package nl.samenspel.notification.webhook;

import nl.samenspel.notification.party.Party;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A party's webhook subscription, as stored (without its secrets).
 *
 * @param types          the event types it receives, or {@code null} for every type its party receives
 * @param failingSince   the first failure since the last success; {@code null} when the last delivery succeeded
 */
record WebhookSubscription(UUID id, Party party, String url, List<String> types, SubscriptionStatus status,
                           String disabledReason, Instant failingSince, Instant createdAt, Instant verifiedAt) {

    boolean receives(String type) {
        return types == null || types.contains(type);
    }
}
