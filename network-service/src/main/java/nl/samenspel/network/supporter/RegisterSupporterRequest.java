package nl.samenspel.network.supporter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.samenspel.network.vocabulary.SupporterKind;

/**
 * Registers a supporter under an admitted organisation.
 *
 * @param displayName  how colleagues and the coordinator know the supporter; never published on Kafka
 * @param registration professional registration; required for FORMAL
 */
record RegisterSupporterRequest(@NotBlank @Schema(example = "7d0b2c4e-1f3a-4b5c-9d6e-8f7a6b5c4d3e") String organisationId, @NotBlank @Schema(example = "Anna Jansen") String displayName,
                                @NotNull @Schema(example = "FORMAL") SupporterKind kind, @NotNull @Valid SupporterProfile profile,
                                ProfessionalRegistration registration) {
}
