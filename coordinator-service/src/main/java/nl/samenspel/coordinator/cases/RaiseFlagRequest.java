package nl.samenspel.coordinator.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Body of raising a complexity flag; objections and complaints need their legal deadline. */
record RaiseFlagRequest(@NotNull ComplexityFlag flag, @Schema(example = "2026-03-31") LocalDate legalDeadline) {
}
