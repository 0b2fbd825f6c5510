/** The service's PostgreSQL schema: migrations that wait for the database, and its readiness. */
package nl.samenspel.kit.db;
