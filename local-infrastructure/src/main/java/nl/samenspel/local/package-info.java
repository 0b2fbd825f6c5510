/** Real PostgreSQL, Kafka and SMTP/IMAP servers started inside the JVM, for the local run and for integration tests. */
package nl.samenspel.local;
