package nl.samenspel.coordinator.cases;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Body of logging time: minutes (more than 0) on a day that is not in the future. */
record LogHoursRequest(int minutes, @NotNull LocalDate workedOn) {
}
