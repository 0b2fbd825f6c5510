/** Read-side latency: the network's directory search as the coordinator uses it. */
package nl.samenspel.benchmarks.search;
