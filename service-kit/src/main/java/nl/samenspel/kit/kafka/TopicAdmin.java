package nl.samenspel.kit.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Map;
import java.util.Optional;

/**
 * Defines every topic a service creates, fixed ones ({@code NewTopic} beans) and those that come into being at run time
 * (for example an organisation's own handover topic), with the replication the deployment configures:
 * {@code samenspel.kafka.topics.replication-factor} and {@code samenspel.kafka.topics.min-insync-replicas}, each left to
 * the broker's default ({@code default.replication.factor}, {@code min.insync.replicas}) when not set.
 */
public class TopicAdmin {

    /** Partitions per topic: ordering is per key, so more partitions only add parallelism. */
    public static final int PARTITIONS = 3;

    private final KafkaAdmin kafkaAdmin;
    private final Optional<Short> replicationFactor;
    private final Optional<Integer> minInsyncReplicas;

    public TopicAdmin(KafkaAdmin kafkaAdmin, Optional<Short> replicationFactor, Optional<Integer> minInsyncReplicas) {
        this.kafkaAdmin = kafkaAdmin;
        this.replicationFactor = replicationFactor;
        this.minInsyncReplicas = minInsyncReplicas;
    }

    /** Creates the topic if it does not exist yet; a no-op otherwise. */
    public void ensureTopic(String name) {
        kafkaAdmin.createOrModifyTopics(topic(name));
    }

    /** The definition of a Samenspel topic. */
    public NewTopic topic(String name) {
        NewTopic topic = new NewTopic(name, Optional.of(PARTITIONS), replicationFactor);
        minInsyncReplicas.ifPresent(replicas -> topic.configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, replicas.toString())));
        return topic;
    }
}
