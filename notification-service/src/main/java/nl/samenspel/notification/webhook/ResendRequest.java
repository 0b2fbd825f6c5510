package nl.samenspel.notification.webhook;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** Resend every failed delivery of one subscription created since this moment. */
public record ResendRequest(@NotNull Instant since) {
}
