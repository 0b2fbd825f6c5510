/**
 * The published Kafka contract of Samenspel: CloudEvents envelopes around plain records, one package per
 * producing service. This is the only code that supporter organisations and municipalities need to read.
 */
package nl.samenspel.events;
