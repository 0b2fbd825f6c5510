package nl.samenspel.kit.kafka;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Remembers which integration events a consumer has acted on. Kafka delivers at least once; call
 * {@link #firstTime} inside the transaction that acts on the event, so the mark and the effect commit together.
 */
public class ProcessedEvents {

    private final JdbcTemplate jdbc;

    public ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the event as processed by this consumer; {@code false} if it already was (a duplicate to skip). */
    public boolean firstTime(String consumer, String eventId) {
        return jdbc.update("insert into processed_event (consumer, event_id) values (?, ?) on conflict do nothing",
                consumer, eventId) == 1;
    }
}
