package nl.samenspel.events.signalling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * The network raised a collective signal (collectief signaal) to a municipality: enough signals, or a fact from
 * the network or the coordinator, point at the same bottleneck in care and support. Published on the
 * municipality's own topic ({@code signalling.municipality.<GM-code>.v1}); the subject is the collective signal id.
 * It never names a resident: it describes a bottleneck, not a case.
 *
 * @param collectiveSignalId the collective signal's id, used when acknowledging, answering and closing it
 * @param municipalityCode   CBS code of the municipality it is addressed to, e.g. {@code GM0534}
 * @param categoryCode       the signal category's code from the taxonomy, e.g. {@code WAITING_TIMES}
 * @param origin             why it was raised: {@code BUNDLED} (enough signals of supporters),
 *                           {@code MANUAL} (the network coordinator), {@code COVERAGE_GAP} (no eligible supporter
 *                           for a target group and life domain) or {@code CASE_LIFECYCLE} (for example many cases
 *                           waiting for formal support past the acceptance deadline)
 * @param summary            what the bottleneck is, in the coordinator's or the service's words (checked for
 *                           personal data before it was stored)
 * @param signalCount        how many individual signals it bundles (0 for a signal raised from a fact)
 * @param organisationCount  how many different supporter organisations filed those signals
 * @param lifeDomains        life domains (levensdomeinen) the underlying signals concern; may be empty
 * @param targetGroups       target groups (doelgroepen) the underlying signals concern; may be empty
 * @param raisedAt           when it was raised
 * @param acknowledgeBy      the municipality is expected to acknowledge receipt before this moment
 * @param answerBy           the municipality is expected to answer before this moment
 * @param residentsConcerned how many residents the bundled signals concern, as their supporters estimated it, rounded
 *                           to a multiple of 5; absent when below the disclosure threshold (a small number could
 *                           point at a resident) and for a collective signal raised from a fact
 * @param descriptions       the bundled signals' descriptions in the organisations' words, each checked for
 *                           personal data (one that shows any is left out); absent when there are none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectiveSignalRaised(
        @JsonProperty("collectiveSignalId") String collectiveSignalId,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("categoryCode") String categoryCode,
        @JsonProperty("origin") String origin,
        @JsonProperty("summary") String summary,
        @JsonProperty("signalCount") int signalCount,
        @JsonProperty("organisationCount") int organisationCount,
        @JsonProperty("lifeDomains") List<String> lifeDomains,
        @JsonProperty("targetGroups") List<String> targetGroups,
        @JsonProperty("raisedAt") Instant raisedAt,
        @JsonProperty("acknowledgeBy") Instant acknowledgeBy,
        @JsonProperty("answerBy") Instant answerBy,
        @JsonProperty("residentsConcerned") Integer residentsConcerned,
        @JsonProperty("descriptions") List<String> descriptions) {
}
