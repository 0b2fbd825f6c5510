/**
 * Whether an organisation's webhook takes its urgent offers. A HIGH-urgency offer queued for one of the
 * organisation's active webhook subscriptions and not delivered within {@code unreachable-after} (two hours) makes the
 * organisation unreachable for the coordinator; the next delivery it takes makes it reachable again. Organisations
 * without an active webhook subscription (Kafka, feed or e-mail only) are never judged.
 */
package nl.samenspel.notification.reachability;
