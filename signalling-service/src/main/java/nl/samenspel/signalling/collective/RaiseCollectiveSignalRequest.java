package nl.samenspel.signalling.collective;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** The coordinator raises a collective signal by hand, optionally bundling filed signals. */
public record RaiseCollectiveSignalRequest(@NotBlank String municipalityCode, @NotBlank String categoryCode,
                                           @NotBlank @Size(max = 4000) String summary,
                                           @NotNull @Size(max = 500) Set<String> signalIds) {
}
