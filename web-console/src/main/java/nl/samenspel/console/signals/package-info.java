/** An organisation's own signals, each with what became of it and, once given, the municipality's answer. */
package nl.samenspel.console.signals;
