package nl.samenspel.notification.webhook;

import nl.samenspel.kit.db.SchemaMigration;
import nl.samenspel.notification.NotificationProperties;
import nl.samenspel.notification.alert.DeliveryFailed;
import nl.samenspel.notification.alert.DeliverySucceeded;
import nl.samenspel.notification.alert.SubscriptionDisabled;
import nl.samenspel.notification.alert.SubscriptionFailing;
import nl.samenspel.notification.receiver.ReceiverAnswer;
import nl.samenspel.notification.receiver.ReceiverClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends due deliveries: a poller claims them (woken when deliveries are queued, otherwise every polling interval) and
 * hands each to a pool of workers, one delivery per subscription at a time, so a slow or failing receiver holds one
 * worker and never delays another receiver. Each POST carries the event as the Kafka record's bytes, in CloudEvents
 * structured mode, with the Standard Webhooks headers.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    static final String CONTENT_TYPE = "application/cloudevents+json";
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Deliveries deliveries;
    private final WebhookSubscriptions subscriptions;
    private final ReceiverClient client;
    private final DeliveryWakeUp wakeUp;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher alerts;
    private final ObjectProvider<SchemaMigration> migration;
    private final Clock clock;
    private final NotificationProperties.Delivery settings;
    private final RetrySchedule schedule;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean running;
    private ExecutorService workers;
    private Thread poller;

    DeliveryWorker(Deliveries deliveries, WebhookSubscriptions subscriptions, ReceiverClient client, DeliveryWakeUp wakeUp,
                   TransactionTemplate transactions, ApplicationEventPublisher alerts,
                   ObjectProvider<SchemaMigration> migration, Clock clock, NotificationProperties properties) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.client = client;
        this.wakeUp = wakeUp;
        this.transactions = transactions;
        this.alerts = alerts;
        this.migration = migration;
        this.clock = clock;
        this.settings = properties.delivery();
        this.schedule = new RetrySchedule(settings.retryDelays());
    }

    @Override
    public synchronized void start() {
        running = true;
        workers = Executors.newFixedThreadPool(settings.workers(), runnable -> new Thread(runnable, "webhook-delivery"));
        poller = new Thread(this::poll, "webhook-poller");
        poller.setDaemon(true);
        SchemaMigration schema = migration.getIfAvailable();
        if (schema == null) {
            poller.start();
        } else {
            schema.whenMigrated(poller::start);
        }
    }

    private void poll() {
        while (running) {
            try {
                int free = settings.workers() - inFlight.get();
                List<ClaimedDelivery> claimed = free > 0 ? deliveries.claim(free, settings.lease()) : List.of();
                for (ClaimedDelivery delivery : claimed) {
                    inFlight.incrementAndGet();
                    workers.execute(() -> send(delivery));
                }
                if (claimed.isEmpty()) {
                    wakeUp.await(settings.pollingInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database away for a moment: try again at the next interval.
                log.warn("Looking for due webhook deliveries failed: {}", e.getMessage());
                sleep();
            }
        }
    }

    private void send(ClaimedDelivery delivery) {
        try {
            Instant started = clock.instant();
            long timestamp = started.getEpochSecond();
            String signature = WebhookSignature.header(subscriptions.signingSecrets(delivery.subscriptionId()),
                    delivery.eventId(), timestamp, delivery.body());
            ReceiverAnswer answer = client.post(URI.create(delivery.url()), Map.of(
                    "webhook-id", delivery.eventId(),
                    "webhook-timestamp", Long.toString(timestamp),
                    "webhook-signature", signature), delivery.body(), CONTENT_TYPE);
            long millis = java.time.Duration.between(started, clock.instant()).toMillis();
            transactions.executeWithoutResult(status -> record(delivery, answer, started, millis));
        } catch (RuntimeException e) {
            // The lease runs out and the delivery is tried again; nothing is lost.
            log.warn("Webhook delivery {} could not be completed: {}", delivery.id(), e.getMessage());
        } finally {
            inFlight.decrementAndGet();
            wakeUp.now();
        }
    }

    private void record(ClaimedDelivery delivery, ReceiverAnswer answer, Instant at, long millis) {
        String error = answer.successful() ? null : error(answer);
        if (!deliveries.attempted(delivery, at, answer.status(), error, millis)) {
            log.warn("Webhook delivery {} was taken over by another instance; its outcome is not recorded here", delivery.id());
            return;
        }
        WebhookSubscription subscription = subscriptions.find(delivery.subscriptionId()).orElseThrow();
        if (answer.successful()) {
            deliveries.delivered(delivery);
            subscriptions.succeeded(delivery.subscriptionId());
            alerts.publishEvent(new DeliverySucceeded(subscription.id(), subscription.party(), delivery.eventId(),
                    delivery.subject(), at));
            return;
        }
        if (subscriptions.failed(delivery.subscriptionId(), at)) {
            alerts.publishEvent(new SubscriptionFailing(subscription.id(), subscription.party(), subscription.url(), at, error));
        }
        if (answer.status() == 410) {
            deliveries.failed(delivery);
            disable(subscription, "The receiver answered 410 Gone: it no longer wants these events.");
            return;
        }
        String retryAfter = answer.status() == 429 || answer.status() == 503 ? answer.header("Retry-After") : null;
        Instant next = schedule.next(delivery.attempts() + 1, clock.instant(), retryAfter);
        if (next == null) {
            deliveries.failed(delivery);
            alerts.publishEvent(new DeliveryFailed(subscription.id(), subscription.party(), delivery.id(), delivery.eventId(), error));
        } else {
            deliveries.retryAt(delivery, next);
        }
    }

    void disable(WebhookSubscription subscription, String reason) {
        if (subscriptions.disable(subscription.id(), reason)) {
            alerts.publishEvent(new SubscriptionDisabled(subscription.id(), subscription.party(), subscription.url(), reason));
        }
    }

    private static String error(ReceiverAnswer answer) {
        if (answer.status() == 0) {
            return answer.error();
        }
        String kind = answer.status() >= 300 && answer.status() < 400 ? " (redirects are not followed)" : "";
        return "HTTP " + answer.status() + kind + (answer.body().isBlank() ? "" : ": " + answer.body());
    }

    private void sleep() {
        try {
            Thread.sleep(settings.pollingInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (poller != null) {
            poller.interrupt();
        }
        if (workers != null) {
            workers.shutdown();
            try {
                // A delivery in flight finishes (at most the timeout); one cut off is taken over after its lease.
                workers.awaitTermination(settings.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
