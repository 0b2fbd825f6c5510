package nl.samenspel.console.api;

import java.time.Instant;
import java.util.List;

/**
 * One of the party's webhook subscriptions as the notification-service lists it (never its secret).
 *
 * @param types          the CloudEvents types it receives; {@code null}: every type addressed to the party
 * @param status         {@code UNVERIFIED} (waiting for the handshake or the one-time code), {@code ACTIVE} or
 *                       {@code DISABLED}
 * @param disabledReason the service's sentence on why it was disabled
 * @param failingSince   the first failed attempt since the last successful one, while the receiver fails
 */
public record WebhookSubscription(String id, String url, List<String> types, String status, String disabledReason,
                                  Instant createdAt, Instant verifiedAt, Instant failingSince) {

    public boolean unverified() {
        return "UNVERIFIED".equals(status);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean disabled() {
        return "DISABLED".equals(status);
    }
}
