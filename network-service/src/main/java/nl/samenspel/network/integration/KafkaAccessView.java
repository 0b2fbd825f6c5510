package nl.samenspel.network.integration;

import java.util.List;

/**
 * What the Kafka access rules grant in this network: the services, and every admitted (or suspended) organisation
 * and every municipality of the region. It is what {@code kafka-access.sh} creates; a login exists once the operator
 * ran the script for that party.
 */
public record KafkaAccessView(List<KafkaServiceAccessView> services, List<KafkaReaderView> readers) {
}
