package nl.samenspel.events.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The offer has a gap (<i>lacune</i>): in this municipality, no eligible supporter of this kind serves this
 * target group in this life domain. The signalling-service reports it to the municipality.
 * A gap is identified by its four fields together; every opened gap is closed by a fact with the same four.
 * Eligible here means: registered, not deactivated, not inactive, registration not lapsed, organisation admitted
 * and not suspended (planned leave and a full caseload do not open a gap).
 *
 * @param municipalityCode CBS code of the municipality, e.g. {@code GM0534}; the Kafka key
 * @param targetGroup      the target group code (see the package documentation)
 * @param lifeDomain       the life domain code (see the package documentation)
 * @param supportKind      the kind of support missing: {@code FORMAL}, {@code INFORMAL}, {@code EXPERIENCE_EXPERT},
 *                         or {@code ANY} when no eligible supporter of any kind is there (the cell then has
 *                         only this one gap, not one per kind)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoverageGapOpened(
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("targetGroup") String targetGroup,
        @JsonProperty("lifeDomain") String lifeDomain,
        @JsonProperty("supportKind") String supportKind) {
}
