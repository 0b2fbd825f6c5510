/** The raw limits of the same PostgreSQL and Kafka broker, measured in the same run, to read the other figures against. */
package nl.samenspel.benchmarks.limits;
