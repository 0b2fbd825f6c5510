/** The only package that touches Kafka and the contract: publishes to the municipality, organisation and feedback topics, consumes network and case facts. */
package nl.samenspel.signalling.integration;
