/**
 * The notification-service: brings each party's own events (an organisation's offers and handovers, a municipality's
 * signals and reports) to receivers without a Kafka client, as signed webhooks and as a feed to catch up.
 */
package nl.samenspel.notification;
