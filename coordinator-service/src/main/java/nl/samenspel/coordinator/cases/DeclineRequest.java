package nl.samenspel.coordinator.cases;

import jakarta.validation.constraints.NotNull;

/** Body of declining an offer or a handover. */
public record DeclineRequest(@NotNull DeclineReason reason) {
}
