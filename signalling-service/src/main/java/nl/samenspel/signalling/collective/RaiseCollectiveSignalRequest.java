package nl.samenspel.signalling.collective;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** The coordinator raises a collective signal by hand, optionally bundling filed signals. */
public record RaiseCollectiveSignalRequest(@NotBlank @Schema(example = "GM1525") String municipalityCode, @NotBlank @Schema(example = "WAITING_TIMES") String categoryCode,
                                           @NotBlank @Size(max = 4000) @Schema(example = "Residents wait more than six weeks for a first talk with the access team.") String summary,
                                           @NotNull @Size(max = 500) @Schema(example = "2c9a7e51-0b4d-4f6a-8e3c-5d1f9b7a6c20") Set<String> signalIds) {
}
