package nl.samenspel.console.queue;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The coordinators' saved quick links to the work queue, each person's own (console schema, table
 * {@code queue_quick_link}). Only the queue's own filters are stored, rebuilt from a {@link QueueFilter}, never an
 * address as sent, so a link always leads to the queue.
 */
@Component
class QuickLinks {

    /** At most this many per person, so the queue page stays readable. */
    static final int MAXIMUM = 20;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    QuickLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<QuickLink> of(String person) {
        return jdbc.query("select quick_link_id, name, filters from queue_quick_link where person_subject = ? order by created_at",
                (row, n) -> new QuickLink(row.getString(1), row.getString(2), row.getString(3)), person);
    }

    /** Saves the filter under the person's name for it (stored as given; shown escaped). */
    void save(String person, String name, QueueFilter filter) {
        jdbc.update("insert into queue_quick_link (quick_link_id, person_subject, name, filters, created_at) values (?, ?, ?, ?, ?)",
                UUID.randomUUID(), person, name, filters(filter), Timestamp.from(clock.instant()));
    }

    /** Removes one of the person's own links; another person's id removes nothing. */
    void remove(String person, String quickLinkId) {
        UUID id;
        try {
            id = UUID.fromString(quickLinkId);
        } catch (IllegalArgumentException notAnId) {
            return;
        }
        jdbc.update("delete from queue_quick_link where person_subject = ? and quick_link_id = ?", person, id);
    }

    static String filters(QueueFilter filter) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance().queryParam("section", filter.section());
        add(query, "municipality", filter.municipality());
        add(query, "urgency", filter.urgency());
        add(query, "lifeDomain", filter.lifeDomain());
        add(query, "targetGroup", filter.targetGroup());
        add(query, "organisation", filter.organisation());
        if (filter.notAssigned()) {
            query.queryParam("notAssigned", true);
        }
        query.queryParam("sort", filter.sort());
        return query.encode().build().getQuery();
    }

    private static void add(UriComponentsBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.queryParam(name, value);
        }
    }
}
