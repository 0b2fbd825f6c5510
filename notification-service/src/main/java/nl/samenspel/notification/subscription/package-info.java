/** Webhook subscriptions: registering, verifying, changing and deleting them; their signing secrets. */
package nl.samenspel.notification.subscription;
