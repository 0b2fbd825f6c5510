package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * De-escalation: an escalated case went back to informal support. Published once the receiving side accepted the
 * de-escalation handover, never for a request that was declined or expired.
 * Topic {@code coordinator.case-lifecycle.v1}, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param trigger {@code MANUAL} (the formal supporter or coordinator decided) or {@code COMPLEXITY_RESOLVED} (the flags that required formal support were cleared)
 * @param deescalatedAt when the receiving side accepted the case
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseDeescalated(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("trigger") String trigger,
        @JsonProperty("deescalatedAt") Instant deescalatedAt) {
}
