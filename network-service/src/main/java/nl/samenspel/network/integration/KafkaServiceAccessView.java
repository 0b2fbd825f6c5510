package nl.samenspel.network.integration;

import java.util.List;

/**
 * One service's Kafka login under the access rules.
 *
 * @param principal      the Kafka user name, e.g. {@code network-service}
 * @param ownTopicPrefix the prefix of the topics it writes (and creates)
 * @param groupPrefix    the prefix of its consumer groups
 * @param consumedTopics the other services' topics it reads
 */
public record KafkaServiceAccessView(String principal, String ownTopicPrefix, String groupPrefix, List<String> consumedTopics) {
}
