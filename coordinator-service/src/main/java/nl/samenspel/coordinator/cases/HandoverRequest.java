package nl.samenspel.coordinator.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Body of requesting a handover; a summary makes it warm and needs the resident's consent. */
public record HandoverRequest(@NotBlank String toOrganisationId, String toSupporterId, @NotNull HandoverReason reason,
                              WarmSummary summary, boolean coSupport) {
}
