package nl.samenspel.notification.feed;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import nl.samenspel.notification.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * Forgets feed events older than the retention (at least 30 days), except those a delivery still has to send or may
 * resend (pending or failed). A recurring task of the kit's db-scheduler, so one instance does it per interval.
 */
@Configuration
class FeedRetention {

    static final String TASK = "forget-old-feed-events";
    private static final Duration SHORTEST = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(FeedRetention.class);

    @Bean
    RecurringTask<Void> forgetOldFeedEvents(Feed feed, Clock clock, NotificationProperties properties) {
        Duration retention = properties.feed().retention();
        if (retention.compareTo(SHORTEST) < 0) {
            throw new IllegalStateException("samenspel.notification.feed.retention must be at least 30 days, not " + retention);
        }
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofHours(1))).execute((instance, context) -> {
            int forgotten = feed.forgetBefore(clock.instant().minus(retention));
            if (forgotten > 0) {
                log.info("Forgot {} feed events older than {}", forgotten, retention);
            }
        });
    }
}
