package nl.samenspel.coordinator.cases;

import jakarta.validation.constraints.NotNull;

/** Body of closing a case. */
record CloseRequest(@NotNull Outcome outcome) {
}
