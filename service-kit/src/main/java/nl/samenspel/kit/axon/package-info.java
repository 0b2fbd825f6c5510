/** Axon Framework on PostgreSQL: JDBC event, token, saga and dead-letter stores, persistent deadlines. */
package nl.samenspel.kit.axon;
