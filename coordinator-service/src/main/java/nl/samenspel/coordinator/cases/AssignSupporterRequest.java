package nl.samenspel.coordinator.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Body of accepting an offer or a handover: which of the organisation's supporters takes the case. */
public record AssignSupporterRequest(@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
                                     @Schema(example = Ids.SUPPORTER_EXAMPLE) String supporterId) {
}
