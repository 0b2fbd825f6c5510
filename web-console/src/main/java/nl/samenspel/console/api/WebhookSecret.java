package nl.samenspel.console.api;

/**
 * A subscription's new signing secret, in the answer to registering it or rotating its secret: the only time the
 * notification-service shows it.
 *
 * @param secret {@code whsec_} and base64
 */
public record WebhookSecret(WebhookSubscription subscription, String secret) {
}
