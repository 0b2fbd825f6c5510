package nl.samenspel.notification.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** Resend every failed delivery of one subscription created since this moment. */
public record ResendRequest(@NotNull @Schema(example = "2026-12-01T08:00:00Z") Instant since) {
}
