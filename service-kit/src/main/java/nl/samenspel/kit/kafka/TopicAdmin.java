package nl.samenspel.kit.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Creates topics that come into being at run time (for example an organisation's own handover topic). */
public class TopicAdmin {

    /** Partitions per topic: ordering is per key, so more partitions only add parallelism. */
    public static final int PARTITIONS = 3;

    private final KafkaAdmin kafkaAdmin;

    public TopicAdmin(KafkaAdmin kafkaAdmin) {
        this.kafkaAdmin = kafkaAdmin;
    }

    /** Creates the topic if it does not exist yet; a no-op otherwise. */
    public void ensureTopic(String name) {
        kafkaAdmin.createOrModifyTopics(topic(name));
    }

    /** The definition of a Samenspel topic, also for {@code NewTopic} beans of fixed topics. */
    public static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(PARTITIONS).replicas(1).build();
    }
}
