package nl.samenspel.coordinator.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Body of requesting a handover; a summary makes it warm and needs the resident's consent. */
public record HandoverRequest(@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String toOrganisationId,
                              @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String toSupporterId,
                              @NotNull HandoverReason reason,
                              WarmSummary summary, boolean coSupport) {
}
