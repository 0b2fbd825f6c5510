package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A handover (<i>overdracht</i>) was completed: the receiving side accepted, or the case left the network for Wlz client support.
 * Topic {@code coordinator.case-lifecycle.v1}, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param reason why: {@code EXPERTISE}, {@code CAPACITY}, {@code MOVING}, {@code RESIDENT_WISH}, {@code ESCALATION} (informal to formal, opschalen) or {@code DEESCALATION} (back to informal), or {@code WLZ} (out of the network to Wlz client support)
 * @param fromOrganisationId the organisation that held the case
 * @param toOrganisationId the organisation that took it; absent for {@code WLZ}
 * @param fromSupportKind kind of the supporter who held it: {@code FORMAL}, {@code INFORMAL} or {@code EXPERIENCE_EXPERT}
 * @param toSupportKind kind of the supporter who took it; absent for {@code WLZ}
 * @param warm true when a summary was shared with the resident's consent
 * @param coSupport true when the previous supporter stays involved next to the new one (<i>samenspel</i>)
 * @param handedOverAt when the handover completed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseHandedOver(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("reason") String reason,
        @JsonProperty("fromOrganisationId") String fromOrganisationId,
        @JsonProperty("toOrganisationId") String toOrganisationId,
        @JsonProperty("fromSupportKind") String fromSupportKind,
        @JsonProperty("toSupportKind") String toSupportKind,
        @JsonProperty("warm") boolean warm,
        @JsonProperty("coSupport") boolean coSupport,
        @JsonProperty("handedOverAt") Instant handedOverAt) {
}
