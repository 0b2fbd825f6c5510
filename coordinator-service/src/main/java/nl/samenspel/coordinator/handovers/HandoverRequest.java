package nl.samenspel.coordinator.handovers;

import nl.samenspel.coordinator.cases.HandoverReason;
import nl.samenspel.coordinator.cases.WarmSummary;
import nl.samenspel.coordinator.cases.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Body of requesting a handover; a summary makes it warm and needs the resident's consent. */
record HandoverRequest(@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String toOrganisationId,
                              @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String toSupporterId,
                              @NotNull HandoverReason reason,
                              WarmSummary summary, boolean coSupport) {
}
