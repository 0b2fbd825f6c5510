package nl.samenspel.notification.webhook;

/**
 * The answer to registering a subscription (or rotating its secret): the only time its signing secret is shown.
 *
 * @param secret the signing secret, {@code whsec_} and base64; store it where the receiver verifies signatures
 */
public record CreatedSubscription(SubscriptionView subscription, String secret) {
}
