package nl.samenspel.kit.kafka;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Kafka is up when the cluster answers within a few seconds; part of the readiness group. The admin client is made
 * on the first check and closed with the application context (its thread would otherwise outlive the context).
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final KafkaAdmin kafkaAdmin;
    private AdminClient client;
    private boolean closed;

    public KafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        super("Kafka health check failed");
        this.kafkaAdmin = kafkaAdmin;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var cluster = client().describeCluster(new DescribeClusterOptions().timeoutMs(3000));
        int nodes = cluster.nodes().get(3, TimeUnit.SECONDS).size();
        builder.withDetail("clusterId", cluster.clusterId().get(3, TimeUnit.SECONDS)).withDetail("nodes", nodes);
        if (nodes > 0) {
            builder.up();
        } else {
            builder.down();
        }
    }

    private synchronized AdminClient client() {
        if (closed) {
            throw new IllegalStateException("The application is shutting down");
        }
        if (client == null) {
            client = AdminClient.create(kafkaAdmin.getConfigurationProperties());
        }
        return client;
    }

    @Override
    public synchronized void destroy() {
        closed = true;
        if (client != null) {
            client.close(Duration.ofSeconds(5));
            client = null;
        }
    }
}
