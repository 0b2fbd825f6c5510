/** Publishing integration events to Kafka and consuming them once in effect. */
package nl.samenspel.kit.kafka;
