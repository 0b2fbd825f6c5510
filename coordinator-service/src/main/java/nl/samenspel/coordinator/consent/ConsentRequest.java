package nl.samenspel.coordinator.consent;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspel.coordinator.cases.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Body of recording the resident's consent to share a summary with one organisation. */
record ConsentRequest(@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Schema(example = Ids.ORGANISATION_EXAMPLE) String organisationId) {
}
