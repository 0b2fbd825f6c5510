package nl.samenspel.coordinator.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Body of logging time: minutes (more than 0) on a day that is not in the future. */
record LogHoursRequest(@Schema(example = "90") int minutes, @NotNull @Schema(example = "2026-02-02") LocalDate workedOn) {
}
