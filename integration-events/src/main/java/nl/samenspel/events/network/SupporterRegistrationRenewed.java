package nl.samenspel.events.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;

/**
 * A supporter's professional registration was renewed (before or after it lapsed): a lapse is lifted and
 * {@link SupporterProfile#registrationValidUntil()} is now {@link #validUntil()}.
 *
 * @param supporterId    the supporter's id; the Kafka key
 * @param organisationId the organisation the supporter works for
 * @param validUntil     the last day the renewed registration is valid
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupporterRegistrationRenewed(
        @JsonProperty("supporterId") String supporterId,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("validUntil") LocalDate validUntil) {
}
