package nl.samenspel.signalling.collective;

import jakarta.validation.constraints.NotBlank;

/** The collective signal to merge into. */
public record MergeCollectiveSignalRequest(@NotBlank String intoId) {
}
