/** The administrator's operations: dead letters and event processors of every service, and the audit log. */
package nl.samenspel.console.operations;
