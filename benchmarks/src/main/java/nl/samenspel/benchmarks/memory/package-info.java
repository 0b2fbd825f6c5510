/** Heap and resident memory of the benchmark's JVM under load. */
package nl.samenspel.benchmarks.memory;
