package nl.samenspel.signalling.signal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What a supporter sends to file a signal. The description must not identify a resident: it is checked for
 * BSNs, phone numbers, e-mail addresses and dates of birth.
 *
 * @param residentsConcerned how many residents the bottleneck concerns (0 when unknown)
 * @param caseReferences     optional anonymised case references
 */
public record FileSignalRequest(@NotBlank String organisationId, @NotBlank String municipalityCode,
                                @NotBlank String categoryCode, @NotBlank String lifeDomain,
                                @NotBlank String targetGroup, @NotBlank @Size(max = 4000) String description,
                                @NotNull @PositiveOrZero Integer residentsConcerned,
                                @Size(max = 20) List<String> caseReferences) {
}
