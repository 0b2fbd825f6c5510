package nl.samenspel.coordinator.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Body of accepting an offer or a handover: which of the organisation's supporters takes the case. */
public record AssignSupporterRequest(@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String supporterId) {
}
