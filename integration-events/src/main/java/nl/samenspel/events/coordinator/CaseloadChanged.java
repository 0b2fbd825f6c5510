package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * The number of open cases of a supporter (and so of its organisation) changed. The network-service refuses a supporter's deactivation or an organisation's departure while it holds open cases.
 * Topic {@code coordinator.caseload.v1}, key: organisation id.
 *
 * @param organisationId the organisation; the Kafka key
 * @param supporterId the supporter whose caseload changed
 * @param supporterOpenCases open cases the supporter owns now (accepted, not closed)
 * @param organisationOpenCases open cases all supporters of the organisation own now
 * @param changedAt when it changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseloadChanged(
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("supporterId") String supporterId,
        @JsonProperty("supporterOpenCases") int supporterOpenCases,
        @JsonProperty("organisationOpenCases") int organisationOpenCases,
        @JsonProperty("changedAt") Instant changedAt) {
}
