package nl.samenspel.kit.web;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * Forgets the answers {@link RequestLog} keeps once no client would still be retrying them; without this the table
 * grows with every command ever sent with an {@code Idempotency-Key}. A request repeated after the retention is a
 * new request and runs again. Runs as a recurring db-scheduler task, so one node of a cluster does it per interval.
 */
public class HandledRequestRetention {

    public static final String TASK = "forget-handled-requests";

    private static final Logger log = LoggerFactory.getLogger(HandledRequestRetention.class);

    private final JdbcTemplate jdbc;
    private final Duration retention;

    public HandledRequestRetention(JdbcTemplate jdbc, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("samenspel.idempotency.retention must be positive, not " + retention);
        }
        this.jdbc = jdbc;
        this.retention = retention;
    }

    /** Deletes the answers older than the retention, by the database's clock (which stamped them); returns how many. */
    public int forgetExpired() {
        int forgotten = jdbc.update("delete from handled_request where handled_at < now() - make_interval(secs => ?)",
                (double) retention.toSeconds());
        if (forgotten > 0) {
            log.info("Forgot {} answers to idempotent requests older than {}", forgotten, retention);
        }
        return forgotten;
    }

    public RecurringTask<Void> task(Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> forgetExpired());
    }
}
