package nl.samenspel.coordinator.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Body of {@code POST /cases}. The resident appears only as a pseudonym ({@link ResidentPseudonym}); coded fields take
 * only their codes; care providers are KvK numbers or names, one entry each.
 */
record OpenCaseRequest(@NotBlank @Pattern(regexp = ResidentPseudonym.FORM_PATTERN,
                                        message = ResidentPseudonym.REFUSAL) @Schema(example = "demo-resident-0001") String residentPseudonym,
                              @NotBlank @Pattern(regexp = "GM[0-9]{4}", message = "must be a CBS code like GM0553") @Schema(example = "GM0553") String municipalityCode,
                              @Pattern(regexp = "WK[0-9]{6}", message = "must be a CBS district code like WK055300") @Schema(example = "WK055300") String districtCode,
                              @NotEmpty List<@NotNull LifeDomain> lifeDomains,
                              @NotEmpty List<@NotNull TargetGroup> targetGroups,
                              @NotNull Phase phase,
                              @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code like nl") @Schema(example = "nl") String language,
                              @NotNull Urgency urgency,
                              Set<ComplexityFlag> complexityFlags,
                              @Schema(example = "2026-03-31") LocalDate legalDeadline,
                              @Schema(example = "12345678") List<String> careProviders,
                              @Pattern(regexp = "GM[0-9]{4}", message = "must be a CBS code like GM0553") @Schema(example = "GM0553") String accessDecisionPendingIn,
                              Preferences preferences) {
}
