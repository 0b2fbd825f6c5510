package nl.samenspel.events.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;

/**
 * A formal supporter's professional registration expired without renewal: the supporter may not take new formal
 * cases until {@link SupporterRegistrationRenewed}.
 *
 * @param supporterId    the supporter's id; the Kafka key
 * @param organisationId the organisation the supporter works for
 * @param validUntil     the last day the registration was valid
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupporterRegistrationLapsed(
        @JsonProperty("supporterId") String supporterId,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("validUntil") LocalDate validUntil) {
}
