package nl.samenspel.network.supporter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import nl.samenspel.network.vocabulary.AvailabilityStatus;

import java.time.LocalDate;

/** The new availability; leave needs its first and last day. */
record AvailabilityRequest(@NotNull @Schema(example = "ON_LEAVE") AvailabilityStatus status, @Schema(example = "2026-03-09") LocalDate leaveFrom, @Schema(example = "2026-03-20") LocalDate leaveUntil) {
}
