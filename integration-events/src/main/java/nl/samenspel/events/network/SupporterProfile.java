package nl.samenspel.events.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;

/**
 * What a supporter (<i>cliëntondersteuner</i>) offers and where, as a whole: every fact that carries a profile
 * carries all of it, so a consumer replaces its copy instead of merging. Codes: see the package documentation.
 *
 * @param kind                   {@code FORMAL}, {@code INFORMAL} or {@code EXPERIENCE_EXPERT}
 * @param lifeDomains            the life domains the supporter works in
 * @param targetGroups           the target groups the supporter works with
 * @param languages              ISO 639-1 codes of the languages the supporter can support a resident in
 * @param municipalities         CBS codes of the municipalities served
 * @param districts              CBS district codes served within those municipalities; empty means the whole
 *                               of every municipality served
 * @param capacity               the most cases the supporter holds open at once (0 or more)
 * @param careProvidersLinked    KvK numbers of care providers the supporter works for or is otherwise linked to
 *                               (conflict of interest for residents those providers serve)
 * @param accessTeams            CBS codes of municipalities in whose access team (toegangsteam) the supporter
 *                               sits (conflict of interest for residents awaiting that municipality's decision)
 * @param registrationValidUntil the last day the professional registration (e.g. BCMB, Registerplein) is valid;
 *                               always present for {@code FORMAL}, optional otherwise
 * @param trainingCompletedOn    the day the network's training was completed; always present for
 *                               {@code INFORMAL}, optional otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupporterProfile(
        @JsonProperty("kind") String kind,
        @JsonProperty("lifeDomains") List<String> lifeDomains,
        @JsonProperty("targetGroups") List<String> targetGroups,
        @JsonProperty("languages") List<String> languages,
        @JsonProperty("municipalities") List<String> municipalities,
        @JsonProperty("districts") List<String> districts,
        @JsonProperty("capacity") int capacity,
        @JsonProperty("careProvidersLinked") List<String> careProvidersLinked,
        @JsonProperty("accessTeams") List<String> accessTeams,
        @JsonProperty("registrationValidUntil") LocalDate registrationValidUntil,
        @JsonProperty("trainingCompletedOn") LocalDate trainingCompletedOn) {
}
