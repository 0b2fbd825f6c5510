package nl.samenspel.signalling.signal;

import io.swagger.v3.oas.annotations.media.Schema;
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
public record FileSignalRequest(@NotBlank @Schema(example = "7d0b2c4e-1f3a-4b5c-9d6e-8f7a6b5c4d3e") String organisationId, @NotBlank @Schema(example = "GM1525") String municipalityCode,
                                @NotBlank @Schema(example = "WAITING_TIMES") String categoryCode, @NotBlank @Schema(example = "CARE_AND_SUPPORT") String lifeDomain,
                                @NotBlank @Schema(example = "OLDER_PEOPLE") String targetGroup, @NotBlank @Size(max = 4000) @Schema(example = "Residents wait more than six weeks for a first talk with the access team.") String description,
                                @NotNull @PositiveOrZero @Schema(example = "4") Integer residentsConcerned,
                                @Size(max = 20) @Schema(example = "C7F3K2") List<String> caseReferences) {
}
