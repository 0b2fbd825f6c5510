package nl.samenspel.coordinator.cases;

import jakarta.validation.constraints.NotBlank;

/** Body of accepting an offer or a handover: which of the organisation's supporters takes the case. */
public record AssignSupporterRequest(@NotBlank String supporterId) {
}
