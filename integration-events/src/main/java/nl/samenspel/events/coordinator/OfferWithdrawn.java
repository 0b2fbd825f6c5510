package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * The coordinator withdrew an offer to this organisation before it was answered; its acceptance deadline no longer
 * runs and accepting it is refused (409). The case went back to the coordinator's queue.
 * Topic {@code coordinator.handovers.<organisation-id>.v1} of the addressed organisation, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param organisationId the organisation this fact is addressed to (the owner of the topic it is on)
 * @param residentPseudonym the resident's pseudonym in the network (never a name, address or BSN): lets an organisation recognise a returning resident in its own records
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param lifeDomains life domains of the question (codes as in {@code nl.samenspel.events.network})
 * @param targetGroups target groups the resident belongs to (codes as in {@code nl.samenspel.events.network})
 * @param urgency {@code LOW}, {@code NORMAL} or {@code HIGH}
 * @param supporterId the supporter the offer named, if it named one
 * @param reason why it was withdrawn: {@code RESIDENT_WISH}, {@code CASE_CHANGED}, {@code BETTER_MATCH},
 *               {@code DISPATCHED_IN_ERROR} or {@code OTHER}; never free text
 * @param withdrawnAt when it was withdrawn
 * @param detailsLink relative URL of the coordinator-service API for the case (authenticated); after the withdrawal
 *                    the organisation is no longer entitled to it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferWithdrawn(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("residentPseudonym") String residentPseudonym,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("lifeDomains") List<String> lifeDomains,
        @JsonProperty("targetGroups") List<String> targetGroups,
        @JsonProperty("urgency") String urgency,
        @JsonProperty("supporterId") String supporterId,
        @JsonProperty("reason") String reason,
        @JsonProperty("withdrawnAt") Instant withdrawnAt,
        @JsonProperty("detailsLink") String detailsLink) {
}
