package nl.samenspel.coordinator.handovers;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspel.coordinator.cases.HandoverReason;
import nl.samenspel.coordinator.cases.WarmSummary;
import nl.samenspel.coordinator.cases.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Body of requesting a handover; a summary makes it warm and needs the resident's consent. */
record HandoverRequest(@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Schema(example = Ids.ORGANISATION_EXAMPLE) String toOrganisationId,
                              @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Schema(example = Ids.SUPPORTER_EXAMPLE) String toSupporterId,
                              @NotNull HandoverReason reason,
                              WarmSummary summary, boolean coSupport) {
}
