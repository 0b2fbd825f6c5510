package nl.samenspel.notification.webhook;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import nl.samenspel.notification.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Disables subscriptions whose receivers have failed without a single success for five days (with an alert). Runs as a
 * recurring task of the kit's db-scheduler, so one instance does it per interval.
 */
@Configuration
class WebhookUpkeep {

    static final String TASK = "disable-failing-webhooks";
    private static final Logger log = LoggerFactory.getLogger(WebhookUpkeep.class);

    @Bean
    RecurringTask<Void> disableFailingWebhooks(WebhookSubscriptions subscriptions, DeliveryWorker worker,
                                               TransactionTemplate transactions, Clock clock,
                                               NotificationProperties properties) {
        Duration after = properties.delivery().disableAfter();
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofMinutes(10))).execute((instance, context) ->
                transactions.executeWithoutResult(status -> {
                    for (UUID id : subscriptions.failingSince(clock.instant().minus(after))) {
                        subscriptions.find(id).ifPresent(subscription -> worker.disable(subscription,
                                "Every delivery failed for " + after.toDays() + " days."));
                        log.info("Disabled webhook subscription {}: failing for {}", id, after);
                    }
                }));
    }
}
