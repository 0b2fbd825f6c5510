/** The only package that touches Kafka or the published contract: translates internal events into it. */
package nl.samenspel.network.integration;
