package nl.samenspel.kit.kafka;

import nl.samenspel.local.TestInfrastructure;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The health check against a real broker, and its admin client's thread ends with the indicator. */
class KafkaHealthIndicatorIT {

    @Test
    void isUpWhileTheBrokerAnswersAndLeavesNoAdminClientThreadBehind() {
        String clientId = "health-" + UUID.randomUUID();
        KafkaHealthIndicator indicator = new KafkaHealthIndicator(new KafkaAdmin(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, clientId)));

        try {
            Health health = indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsKey("clusterId").containsEntry("nodes", 1);
            assertThat(adminClientThreadsOf(clientId)).isEqualTo(1);
        } finally {
            indicator.destroy();
        }
        assertThat(adminClientThreadsOf(clientId)).isZero();
        assertThat(indicator.health().getStatus()).as("a check after the close opens no new client").isEqualTo(Status.DOWN);
        assertThat(adminClientThreadsOf(clientId)).isZero();
    }

    private static long adminClientThreadsOf(String clientId) {
        // Kafka names the thread "kafka-admin-client-thread | <client id>".
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().endsWith("| " + clientId)).count();
    }
}
