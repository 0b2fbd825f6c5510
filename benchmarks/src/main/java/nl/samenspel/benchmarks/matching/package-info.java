/** The coordinator's matching (ranking eligible supporters) timed in-process over large synthetic networks. */
package nl.samenspel.benchmarks.matching;
