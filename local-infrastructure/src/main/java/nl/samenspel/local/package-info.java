/** Real PostgreSQL and Kafka servers started inside the JVM, for the local run and for integration tests. */
package nl.samenspel.local;
