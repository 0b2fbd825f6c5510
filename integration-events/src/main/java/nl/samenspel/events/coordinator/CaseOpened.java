package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * A case (a resident's support question, <i>hulpvraag</i>) was opened. For monitoring: no name, contact details or
 * free text; the resident only as the opaque pseudonym, so residents can be counted apart from their issues (one
 * resident may bring several).
 * Topic {@code coordinator.case-lifecycle.v1}, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param districtCode CBS district code (<i>wijk</i>), e.g. {@code WK152500}; absent when not known
 * @param lifeDomains life domains of the question (codes as in {@code nl.samenspel.events.network})
 * @param targetGroups target groups the resident belongs to (codes as in {@code nl.samenspel.events.network})
 * @param phase {@code ORIENTATION}, {@code ACCESS} or {@code DURING_SUPPORT} (VNG 2022, appendix 2)
 * @param urgency {@code LOW}, {@code NORMAL} or {@code HIGH}; sets the acceptance deadline (in working days)
 * @param complexityFlags complexity flags at opening, empty if none: {@code CONFLICT}, {@code OBJECTION_DEADLINE}, {@code COMPLAINT_DEADLINE}, {@code MULTIPLE_PROBLEMS}, {@code SAFETY_CONCERN}
 * @param openedBy who opened it: {@code COORDINATOR} or {@code ORGANISATION} (a resident walked in at a member organisation)
 * @param openedAt when the case was opened; the period it counts in
 * @param residentPseudonym the resident's pseudonym, the same opaque token the case carries (never derived from a
 *                          BSN or name by the receiver); absent in facts published before it was added
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseOpened(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("districtCode") String districtCode,
        @JsonProperty("lifeDomains") List<String> lifeDomains,
        @JsonProperty("targetGroups") List<String> targetGroups,
        @JsonProperty("phase") String phase,
        @JsonProperty("urgency") String urgency,
        @JsonProperty("complexityFlags") List<String> complexityFlags,
        @JsonProperty("openedBy") String openedBy,
        @JsonProperty("openedAt") Instant openedAt,
        @JsonProperty("residentPseudonym") String residentPseudonym) {
}
