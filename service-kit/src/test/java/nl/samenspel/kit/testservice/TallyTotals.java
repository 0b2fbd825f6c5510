package nl.samenspel.kit.testservice;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A projection: the total per tally, which a replay rebuilds from the events. */
@Component
@ProcessingGroup(TallyTotals.GROUP)
class TallyTotals {

    static final String GROUP = "tally-totals";

    private final JdbcTemplate jdbc;

    TallyTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TallyRecordedEvent event) {
        jdbc.update("""
                insert into tally_total (tally_id, total) values (?, ?)
                on conflict (tally_id) do update set total = tally_total.total + excluded.total""", event.tallyId(), event.amount());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from tally_total");
    }
}
