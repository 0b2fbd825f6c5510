/** Figures with their spread over repeated runs, targets, the machine, and the table and JSON they end up in. */
package nl.samenspel.benchmarks.report;
