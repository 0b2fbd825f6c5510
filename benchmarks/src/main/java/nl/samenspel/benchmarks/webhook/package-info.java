/** Webhook deliveries of the notification-service on loopback: deliveries per second and commit-to-receipt latency. */
package nl.samenspel.benchmarks.webhook;
