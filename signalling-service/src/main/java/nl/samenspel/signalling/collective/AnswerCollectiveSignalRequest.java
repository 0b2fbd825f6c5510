package nl.samenspel.signalling.collective;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The municipality's answer: text, and optionally a planned measure and the date it takes effect. */
public record AnswerCollectiveSignalRequest(@NotBlank @Size(max = 4000) @Schema(example = "We explain the rules in every kitchen-table talk from March.") String answer,
                                            @Size(max = 4000) @Schema(example = "A leaflet on waiting times in every access team.") String plannedMeasure, @Schema(example = "2026-03-01") LocalDate plannedDate) {
}
