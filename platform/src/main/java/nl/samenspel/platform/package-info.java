/** Runs the whole platform on one machine: embedded PostgreSQL, an in-process Kafka broker and the three services. */
package nl.samenspel.platform;
