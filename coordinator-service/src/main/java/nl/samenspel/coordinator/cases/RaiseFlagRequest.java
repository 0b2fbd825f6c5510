package nl.samenspel.coordinator.cases;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Body of raising a complexity flag; objections and complaints need their legal deadline. */
record RaiseFlagRequest(@NotNull ComplexityFlag flag, LocalDate legalDeadline) {
}
