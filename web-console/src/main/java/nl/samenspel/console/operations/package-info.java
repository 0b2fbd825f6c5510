/**
 * The administrator's operations: dead letters and event processors of every service, the audit log, the erasure of a
 * resident, the vault's master keys, and who may read what from Kafka.
 */
package nl.samenspel.console.operations;
