package nl.samenspel.console.notifications;

import nl.samenspel.console.api.WebhookDelivery;
import nl.samenspel.console.api.WebhookSubscription;
import nl.samenspel.console.web.Entered;

import java.time.Instant;
import java.util.List;

/**
 * One subscription as the page shows it.
 *
 * @param lastDelivery when its receiver last took a delivery; {@code null} if never
 * @param failed       its FAILED deliveries, newest first, each with every attempt
 * @param entered      its change form's fields: as typed if the service refused them, else the subscription's own
 */
record WebhookRow(WebhookSubscription subscription, Instant lastDelivery, List<WebhookDelivery> failed, Entered entered) {
}
