/** The benchmark's command line: options, the order of the measurements, and the report. */
package nl.samenspel.benchmarks;
