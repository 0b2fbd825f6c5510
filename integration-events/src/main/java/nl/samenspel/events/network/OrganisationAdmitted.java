package nl.samenspel.events.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;

/**
 * The network coordinator admitted a supporter organisation (<i>aanbieder</i>) to the regional network.
 * From now on its supporters may be registered and may take cases, until it is suspended or leaves.
 *
 * @param organisationId  the organisation's id in Samenspel (UUID); the Kafka key
 * @param name            the organisation's public name
 * @param kvkNumber       its Chamber of Commerce (KvK) number, 8 digits; also how a case names it as a care provider
 * @param kind            {@code PROFESSIONAL}, {@code VOLUNTEER}, {@code EXPERIENCE_EXPERT} or {@code MIXED}
 * @param municipalities  CBS codes of the municipalities it serves, e.g. {@code ["GM1525","GM0553"]}
 * @param careDelivered   kinds of care the organisation itself delivers, empty if none (its supporters are then
 *                        conflicted for residents it delivers care to): {@code HOUSEHOLD_HELP},
 *                        {@code AMBULANT_SUPPORT}, {@code DAY_ACTIVITIES}, {@code NURSING_AND_PERSONAL_CARE},
 *                        {@code SHELTER_AND_PROTECTED_LIVING}, {@code YOUTH_CARE}, {@code MENTAL_HEALTH_CARE},
 *                        {@code DEBT_COUNSELLING}
 * @param covenantSignedOn the date it signed the network covenant (like Deurne's intentieverklaring); absent if not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationAdmitted(
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("name") String name,
        @JsonProperty("kvkNumber") String kvkNumber,
        @JsonProperty("kind") String kind,
        @JsonProperty("municipalities") List<String> municipalities,
        @JsonProperty("careDelivered") List<String> careDelivered,
        @JsonProperty("covenantSignedOn") LocalDate covenantSignedOn) {
}
