/** Delivering events to webhooks: the queue of deliveries, signing, retries, failures and resending. */
package nl.samenspel.notification.delivery;
