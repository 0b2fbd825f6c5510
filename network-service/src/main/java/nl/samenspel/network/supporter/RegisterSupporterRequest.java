package nl.samenspel.network.supporter;

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
record RegisterSupporterRequest(@NotBlank String organisationId, @NotBlank String displayName,
                                @NotNull SupporterKind kind, @NotNull @Valid SupporterProfile profile,
                                ProfessionalRegistration registration) {
}
