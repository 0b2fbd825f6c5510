package nl.samenspel.network.integration;

import java.util.List;

/**
 * One party outside the services with a Kafka login under the access rules, and what it may read.
 *
 * @param kind        {@code ORGANISATION} or {@code MUNICIPALITY}
 * @param id          the organisation's id or the municipality's CBS code
 * @param name        the organisation's or municipality's name
 * @param status      the organisation's status in the network ({@code ADMITTED}, {@code SUSPENDED}); null for a municipality
 * @param principal   the Kafka user name ({@code org-<id>}, {@code gm-<code>})
 * @param topics      the topics it may read, nothing else
 * @param groupPrefix the prefix its consumer groups must have
 */
public record KafkaReaderView(String kind, String id, String name, String status, String principal, List<String> topics,
                              String groupPrefix) {
}
