package nl.samenspel.signalling.collective;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** The collective signal to merge into. */
public record MergeCollectiveSignalRequest(@NotBlank @Schema(example = "2c9a7e51-0b4d-4f6a-8e3c-5d1f9b7a6c20") String intoId) {
}
