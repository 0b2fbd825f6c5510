package nl.samenspel.coordinator.offers;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspel.coordinator.cases.Ids;
import jakarta.validation.constraints.Pattern;

/** Body of a dispatch: a supporter (their organisation follows), or only an organisation that assigns one itself. */
record DispatchRequest(@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Schema(example = Ids.ORGANISATION_EXAMPLE) String organisationId,
                              @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Schema(example = Ids.SUPPORTER_EXAMPLE) String supporterId) {
}
