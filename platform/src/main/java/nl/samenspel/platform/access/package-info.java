/** Who may read and write which Kafka topic: the ACL rules every deployment (tests, compose) applies. */
package nl.samenspel.platform.access;
