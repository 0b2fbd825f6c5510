/** Publishing the notification-service's own facts: which organisations' webhooks miss urgent offers, and again take them. */
package nl.samenspel.notification.integration.reachability;
