/**
 * A party's own notifications without a Kafka client: its webhook subscriptions (secret shown once, verification,
 * rotation, test event, failed deliveries resent) and its contact address for alert mails.
 */
package nl.samenspel.console.notifications;
