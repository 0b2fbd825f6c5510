/**
 * The published Kafka contract of Samenspel: CloudEvents envelopes around plain records, one package per
 * producing service. This is the only code that supporter organisations and municipalities need to read.
 *
 * <p>The same contract as an AsyncAPI 3.0 document, every topic with its messages, their CloudEvents attributes and
 * payload schemas, and the webhook deliveries of the same bytes: {@code nl/samenspel/events/asyncapi.json} on the
 * classpath (in the source tree under {@code src/main/resources}).
 */
package nl.samenspel.events;
