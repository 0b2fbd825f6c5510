package nl.samenspel.notification.webhook;

import nl.samenspel.events.CloudEvent;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.Topics;
import nl.samenspel.notification.NotificationProperties;
import nl.samenspel.notification.receiver.ReceiverAnswer;
import nl.samenspel.notification.receiver.ReceiverClient;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Proves that a receiver wants its party's events before any is sent: first the CloudEvents webhook handshake (an
 * OPTIONS request with {@code WebHook-Request-Origin}, answered with a matching {@code WebHook-Allowed-Origin}); for a
 * receiver that cannot answer it, a signed verification event carrying a one-time code, which a person of the party
 * confirms through the API.
 */
@Component
class ReceiverVerification {

    static final String VERIFICATION_TYPE = "nl.samenspel.notification.webhook-verification.v1";
    static final String TEST_TYPE = "nl.samenspel.notification.webhook-test.v1";
    static final String SOURCE = Topics.sourceOf("notification-service");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final ReceiverClient client;
    private final WebhookSubscriptions subscriptions;
    private final Deliveries deliveries;
    private final Clock clock;
    private final String origin;

    ReceiverVerification(ReceiverClient client, WebhookSubscriptions subscriptions, Deliveries deliveries, Clock clock,
                          NotificationProperties properties) {
        this.client = client;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
        this.origin = properties.origin();
    }

    /** Verifies by handshake if the receiver answers it; otherwise sends the one-time code. Returns whether it is active. */
    boolean verify(UUID subscription, String url) {
        if (handshake(url)) {
            return subscriptions.activate(subscription);
        }
        String code = code();
        subscriptions.expectCode(subscription, hash(code));
        String id = UUID.randomUUID().toString();
        deliveries.enqueue(subscription, DeliveryKind.VERIFICATION, id, event(id, VERIFICATION_TYPE, subscription,
                Map.of("subscriptionId", subscription.toString(), "verificationCode", code)));
        return false;
    }

    private boolean handshake(String url) {
        ReceiverAnswer answer = client.options(URI.create(url), Map.of("WebHook-Request-Origin", origin));
        String allowed = answer.header("WebHook-Allowed-Origin");
        return answer.successful() && allowed != null && (allowed.trim().equals(origin) || allowed.trim().equals("*"));
    }

    /** Whether the code is the one sent to this subscription's receiver; a confirmed code is used up. */
    boolean confirm(UUID subscription, String code) {
        byte[] expected = subscriptions.expectedCode(subscription);
        return expected != null && code != null && MessageDigest.isEqual(expected, hash(code.trim().toUpperCase(java.util.Locale.ROOT)))
                && subscriptions.activate(subscription);
    }

    /** Queues a signed test event for an active subscription. */
    String sendTest(UUID subscription) {
        String id = UUID.randomUUID().toString();
        deliveries.enqueue(subscription, DeliveryKind.TEST, id, event(id, TEST_TYPE, subscription,
                Map.of("subscriptionId", subscription.toString())));
        return id;
    }

    private byte[] event(String id, String type, UUID subscription, Map<String, String> data) {
        return IntegrationEvents.toJson(new CloudEvent(CloudEvent.SPEC_VERSION, id, SOURCE, type, subscription.toString(),
                clock.instant(), CloudEvent.JSON, null, IntegrationEvents.objectMapper().valueToTree(data)))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
