/**
 * Webhooks: a party's subscriptions (registering, verifying, changing, rotating their signing secrets) and the
 * deliveries to them (the queue, signing, retries, failures kept and resent).
 */
package nl.samenspel.notification.webhook;
