/**
 * Technical plumbing shared by the three services. It holds no domain types: commands, events and views stay
 * inside their service, and Kafka (through {@code integration-events}) is the only link between services.
 */
package nl.samenspel.kit;
