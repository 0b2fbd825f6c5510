package nl.samenspel.kit.kafka;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Kafka as every service uses it: synchronous publishing, once-in-effect consuming, dead letters, health. */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration")
@Import(DeadLetterController.class)
public class KafkaKitConfiguration {

    @Bean
    public IntegrationEventPublisher integrationEventPublisher(KafkaTemplate<String, String> kafkaTemplate,
                                                               @Value("${spring.application.name}") String serviceName,
                                                               @Value("${samenspel.kafka.publish-timeout:10s}") Duration timeout) {
        return new IntegrationEventPublisher(kafkaTemplate, serviceName, timeout);
    }

    @Bean
    public ProcessedEvents processedEvents(JdbcTemplate jdbc) {
        return new ProcessedEvents(jdbc);
    }

    @Bean
    public Inbox inbox(ProcessedEvents processedEvents, TransactionTemplate transactions) {
        return new Inbox(processedEvents, transactions);
    }

    @Bean
    public KafkaDeadLetters kafkaDeadLetters(JdbcTemplate jdbc, List<IntegrationEventConsumer> consumers, Inbox inbox) {
        return new KafkaDeadLetters(jdbc, consumers, inbox);
    }

    /**
     * A record that fails is retried twice a second apart (a database blip), then parked as a dead letter so the
     * records behind it keep flowing; a poison record is parked at once.
     */
    @Bean
    public CommonErrorHandler kafkaErrorHandler(KafkaDeadLetters deadLetters) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, new FixedBackOff(1000L, 2L));
        handler.addNotRetryableExceptions(PoisonRecordException.class);
        return handler;
    }

    /** Unset, a topic gets the broker's default replication; production sets both (docs/operating.md). */
    @Bean
    public TopicAdmin topicAdmin(KafkaAdmin kafkaAdmin,
                                 @Value("${samenspel.kafka.topics.replication-factor:#{null}}") Short replicationFactor,
                                 @Value("${samenspel.kafka.topics.min-insync-replicas:#{null}}") Integer minInsyncReplicas) {
        return new TopicAdmin(kafkaAdmin, Optional.ofNullable(replicationFactor), Optional.ofNullable(minInsyncReplicas));
    }

    @Bean(name = "kafkaHealthIndicator")
    public KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }
}
