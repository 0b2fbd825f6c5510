/** Reading the parties' Kafka topics: each event is stored for its party's feed and queued for its webhooks. */
package nl.samenspel.notification.integration;
