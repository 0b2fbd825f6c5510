package nl.samenspel.coordinator.cases;

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
                                        message = ResidentPseudonym.REFUSAL) String residentPseudonym,
                              @NotBlank @Pattern(regexp = "GM[0-9]{4}", message = "must be a CBS code like GM0553") String municipalityCode,
                              @Pattern(regexp = "WK[0-9]{6}", message = "must be a CBS district code like WK055300") String districtCode,
                              @NotEmpty List<@NotNull LifeDomain> lifeDomains,
                              @NotEmpty List<@NotNull TargetGroup> targetGroups,
                              @NotNull Phase phase,
                              @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code like nl") String language,
                              @NotNull Urgency urgency,
                              Set<ComplexityFlag> complexityFlags,
                              LocalDate legalDeadline,
                              List<String> careProviders,
                              @Pattern(regexp = "GM[0-9]{4}", message = "must be a CBS code like GM0553") String accessDecisionPendingIn,
                              Preferences preferences) {
}
