package nl.samenspel.kit.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The topic definitions; topics on real brokers are checked by the kit's integration tests. */
class TopicAdminTest {

    private final KafkaAdmin kafkaAdmin = new KafkaAdmin(Map.of());

    @Test
    void leavesReplicationToTheBrokerWhenTheDeploymentSetsNone() {
        NewTopic topic = new TopicAdmin(kafkaAdmin, Optional.empty(), Optional.empty()).topic("kittest.samples.v1");

        assertThat(topic.numPartitions()).isEqualTo(TopicAdmin.PARTITIONS);
        assertThat(topic.replicationFactor()).as("-1 asks for the broker's default").isEqualTo((short) -1);
        assertThat(topic.configs()).isNullOrEmpty();
    }

    @Test
    void takesTheReplicationFactorAndMinInsyncReplicasTheDeploymentSets() {
        NewTopic topic = new TopicAdmin(kafkaAdmin, Optional.of((short) 3), Optional.of(2)).topic("kittest.samples.v1");

        assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        assertThat(topic.configs()).containsExactly(Map.entry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2"));
    }
}
