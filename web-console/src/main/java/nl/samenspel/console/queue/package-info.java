/** The coordinator's work queue page. */
package nl.samenspel.console.queue;
