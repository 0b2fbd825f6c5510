package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * This organisation declined a case offered to it; the case went back to the coordinator.
 * Topic {@code coordinator.handovers.<organisation-id>.v1} of the addressed organisation, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param organisationId the organisation this fact is addressed to (the owner of the topic it is on)
 * @param residentPseudonym the resident's pseudonym in the network (never a name, address or BSN): lets an organisation recognise a returning resident in its own records
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param lifeDomains life domains of the question (codes as in {@code nl.samenspel.events.network})
 * @param targetGroups target groups the resident belongs to (codes as in {@code nl.samenspel.events.network})
 * @param urgency {@code LOW}, {@code NORMAL} or {@code HIGH}; sets the acceptance deadline (in working days)
 * @param reason {@code NO_CAPACITY}, {@code NO_EXPERTISE}, {@code CONFLICT_OF_INTEREST} or {@code OTHER} (any explanation stays in the coordinator-service)
 * @param declinedAt when it was declined
 * @param detailsLink relative URL of the coordinator-service API where the addressed organisation fetches what it may see (authenticated); never the details themselves
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferDeclined(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("residentPseudonym") String residentPseudonym,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("lifeDomains") List<String> lifeDomains,
        @JsonProperty("targetGroups") List<String> targetGroups,
        @JsonProperty("urgency") String urgency,
        @JsonProperty("reason") String reason,
        @JsonProperty("declinedAt") Instant declinedAt,
        @JsonProperty("detailsLink") String detailsLink) {
}
