/** The only package that touches Kafka or the published contract: network events in, coordinator facts out. */
package nl.samenspel.coordinator.integration;
