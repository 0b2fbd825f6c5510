package nl.samenspel.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook subscription as its party sees it; never its secret.
 *
 * @param types        the types it receives; {@code null}: every type addressed to its party
 * @param failingSince the first failed attempt since the last successful one, if the receiver is failing
 */
public record SubscriptionView(UUID id, String url, List<String> types, SubscriptionStatus status, String disabledReason,
                               Instant createdAt, Instant verifiedAt, Instant failingSince) {

    static SubscriptionView of(WebhookSubscription subscription) {
        return new SubscriptionView(subscription.id(), subscription.url(), subscription.types(), subscription.status(),
                subscription.disabledReason(), subscription.createdAt(), subscription.verifiedAt(), subscription.failingSince());
    }
}
