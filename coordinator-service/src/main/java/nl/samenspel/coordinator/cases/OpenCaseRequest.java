package nl.samenspel.coordinator.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Body of {@code POST /cases}. The resident appears only as a pseudonym. */
public record OpenCaseRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{4,64}") String residentPseudonym,
                              @NotBlank @Pattern(regexp = "GM[0-9]{4}") String municipalityCode,
                              String districtCode,
                              @NotEmpty List<String> lifeDomains,
                              @NotEmpty List<String> targetGroups,
                              @NotNull Phase phase,
                              String language,
                              @NotNull Urgency urgency,
                              Set<ComplexityFlag> complexityFlags,
                              LocalDate legalDeadline,
                              List<String> careProviders,
                              String accessDecisionPendingIn,
                              Preferences preferences) {
}
