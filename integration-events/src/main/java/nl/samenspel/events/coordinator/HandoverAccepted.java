package nl.samenspel.events.coordinator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * A handover was accepted by the receiving organisation. Sent to both the receiving and the handing-over organisation.
 * Topic {@code coordinator.handovers.<organisation-id>.v1} of the addressed organisation, key: case reference.
 *
 * @param caseReference the case reference (UUID), never derived from the resident; the Kafka key
 * @param organisationId the organisation this fact is addressed to (the owner of the topic it is on)
 * @param handoverId the handover's id (UUID)
 * @param residentPseudonym the resident's pseudonym in the network (never a name, address or BSN): lets an organisation recognise a returning resident in its own records
 * @param municipalityCode CBS code of the resident's municipality, e.g. {@code GM1525}: monitoring aggregates per municipality
 * @param lifeDomains life domains of the question (codes as in {@code nl.samenspel.events.network})
 * @param targetGroups target groups the resident belongs to (codes as in {@code nl.samenspel.events.network})
 * @param urgency {@code LOW}, {@code NORMAL} or {@code HIGH}; sets the acceptance deadline (in working days)
 * @param fromOrganisationId the organisation that held the case and asked for the handover; absent when the coordinator held it
 * @param toOrganisationId the organisation asked to take the case over
 * @param toSupporterId the supporter who owns the case now
 * @param reason why: {@code EXPERTISE}, {@code CAPACITY}, {@code MOVING}, {@code RESIDENT_WISH}, {@code ESCALATION} (informal to formal, opschalen) or {@code DEESCALATION} (back to informal)
 * @param acceptedAt when it was accepted
 * @param detailsLink relative URL of the coordinator-service API where the addressed organisation fetches what it may see (authenticated); never the details themselves
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HandoverAccepted(
        @JsonProperty("caseReference") String caseReference,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("handoverId") String handoverId,
        @JsonProperty("residentPseudonym") String residentPseudonym,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("lifeDomains") List<String> lifeDomains,
        @JsonProperty("targetGroups") List<String> targetGroups,
        @JsonProperty("urgency") String urgency,
        @JsonProperty("fromOrganisationId") String fromOrganisationId,
        @JsonProperty("toOrganisationId") String toOrganisationId,
        @JsonProperty("toSupporterId") String toSupporterId,
        @JsonProperty("reason") String reason,
        @JsonProperty("acceptedAt") Instant acceptedAt,
        @JsonProperty("detailsLink") String detailsLink) {
}
