package nl.samenspel.network.supporter;

import jakarta.validation.constraints.NotNull;
import nl.samenspel.network.vocabulary.AvailabilityStatus;

import java.time.LocalDate;

/** The new availability; leave needs its first and last day. */
record AvailabilityRequest(@NotNull AvailabilityStatus status, LocalDate leaveFrom, LocalDate leaveUntil) {
}
