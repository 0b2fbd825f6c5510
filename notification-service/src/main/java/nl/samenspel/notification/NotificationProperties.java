package nl.samenspel.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * The settings under {@code samenspel.notification} (see {@code notification-service.yml}).
 *
 * @param localMode                plain http to loopback receivers, and loopback addresses at all: the local run only
 * @param secretKey                the AES-256 key (base64) that seals the signing secrets
 * @param origin                   the name this service gives in the webhook handshake's {@code WebHook-Request-Origin}
 * @param maxSubscriptionsPerParty how many webhook subscriptions one party may have
 */
@ConfigurationProperties("samenspel.notification")
public record NotificationProperties(boolean localMode, String secretKey, String origin, int maxSubscriptionsPerParty,
                                     Feed feed, Delivery delivery) {

    /**
     * @param retention how long events are kept for the feed (at least 30 days)
     * @param pageSize  the most events one feed page holds
     */
    public record Feed(Duration retention, int pageSize) {
    }

    /**
     * @param retryDelays      the delay before each attempt, the first included (Standard Webhooks' schedule)
     * @param timeout          how long one attempt may take to connect, and then to answer
     * @param maxResponseBytes the most of a receiver's answer that is read (and kept, as the attempt's error)
     * @param lease            how long a claimed delivery is an instance's; after that another may take it over
     * @param workers          deliveries in flight at once (one per subscription)
     * @param pollingInterval  how often due deliveries are looked for when nothing wakes the poller
     * @param disableAfter     a subscription with nothing but failures this long is disabled
     * @param rotationOverlap  how long the previous secret signs too after a rotation
     */
    public record Delivery(List<Duration> retryDelays, Duration timeout, int maxResponseBytes, Duration lease, int workers,
                           Duration pollingInterval, Duration disableAfter, Duration rotationOverlap) {
    }
}
