package nl.samenspel.kit.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.support.KafkaUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dead-letter place for Kafka records a consumer could not handle: they are stored in the service's
 * database (table {@code kafka_dead_letter}) and the consumer moves on to the next record. An operator lists
 * them at {@code GET /operations/kafka-dead-letters} and, after a fix, retries one or all of them.
 */
public class KafkaDeadLetters implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(KafkaDeadLetters.class);

    private final JdbcTemplate jdbc;
    private final Map<String, IntegrationEventConsumer> consumers;
    private final Inbox inbox;

    public KafkaDeadLetters(JdbcTemplate jdbc, List<IntegrationEventConsumer> consumers, Inbox inbox) {
        this.jdbc = jdbc;
        this.consumers = consumers.stream().collect(Collectors.toMap(IntegrationEventConsumer::name, Function.identity()));
        this.inbox = inbox;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        String consumer = String.valueOf(KafkaUtils.getConsumerGroupId());
        Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
        log.warn("Parking record {}-{}@{} of consumer {} as a dead letter: {}", record.topic(), record.partition(),
                record.offset(), consumer, cause.getMessage());
        jdbc.update("""
                insert into kafka_dead_letter (consumer, topic, partition_no, record_offset, record_key, record_value, error)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                consumer, record.topic(), record.partition(), record.offset(),
                record.key() == null ? null : record.key().toString(),
                record.value() == null ? null : record.value().toString().getBytes(StandardCharsets.UTF_8),
                cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    /** Parked records not yet retried successfully, oldest first. */
    public List<DeadLetterView> list() {
        return jdbc.query("""
                select id, consumer, topic, partition_no, record_offset, record_key, error, received_at, retried_at
                from kafka_dead_letter order by id""",
                (rs, row) -> new DeadLetterView(rs.getLong("id"), rs.getString("consumer"), rs.getString("topic"),
                        rs.getInt("partition_no"), rs.getLong("record_offset"), rs.getString("record_key"),
                        rs.getString("error"), rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("retried_at") == null ? null : rs.getTimestamp("retried_at").toInstant()));
    }

    /**
     * Hands a parked record to its consumer again (for example after the consumer was fixed or the missing data
     * arrived). On success the dead letter is marked retried; on failure it stays and the error is updated.
     */
    public DeadLetterView retry(long id) {
        Map<String, Object> letter = jdbc.queryForList("select consumer, topic, record_value from kafka_dead_letter where id = ?", id)
                .stream().findFirst()
                .orElseThrow(() -> new nl.samenspel.kit.web.NotFoundException("No Kafka dead letter " + id + "."));
        IntegrationEventConsumer consumer = consumers.get((String) letter.get("consumer"));
        if (consumer == null) {
            throw new nl.samenspel.kit.web.DomainRuleException("Consumer " + letter.get("consumer") + " no longer exists in this service.");
        }
        byte[] value = (byte[]) letter.get("record_value");
        try {
            inbox.receive(consumer, new ReceivedRecord((String) letter.get("topic"),
                    value == null ? null : new String(value, StandardCharsets.UTF_8)));
            jdbc.update("update kafka_dead_letter set retried_at = now() where id = ?", id);
        } catch (RuntimeException e) {
            jdbc.update("update kafka_dead_letter set error = ? where id = ?", e.getClass().getSimpleName() + ": " + e.getMessage(), id);
        }
        return list().stream().filter(view -> view.id() == id).findFirst().orElseThrow();
    }

    /**
     * Retries every parked record not yet retried successfully, oldest first, each as {@link #retry(long)} does: one
     * that fails again stays parked with its new error and does not stop the others.
     *
     * @return the records tried, as they now stand
     */
    public List<DeadLetterView> retryAll() {
        List<Long> waiting = jdbc.queryForList("select id from kafka_dead_letter where retried_at is null order by id", Long.class);
        return waiting.stream().map(this::retry).toList();
    }
}
