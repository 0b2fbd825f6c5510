/** CPU time spent by the benchmark's JVM and by PostgreSQL, to turn a throughput into a cost per command. */
package nl.samenspel.benchmarks.cpu;
