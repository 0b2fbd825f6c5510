package nl.samenspel.events.signalling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The municipality answered the collective signal that one of an organisation's own signals is part of. Published
 * on that organisation's own topic ({@code signalling.organisation.<organisation-id>.v1}), one record per signal, so
 * each organisation whose signal is in the bundle reads the answer and no other organisation does; the subject is
 * the signal id.
 *
 * @param signalId           the organisation's signal, as returned when it was filed
 * @param organisationId     the organisation that filed it (the topic's owner)
 * @param municipalityCode   CBS code of the answering municipality
 * @param categoryCode       the signal category's code
 * @param collectiveSignalId the collective signal the municipality answered
 * @param answer             the municipality's answer (checked for personal data before it was stored)
 * @param plannedMeasure     the measure the municipality plans; absent when none is planned
 * @param plannedDate        by when the measure is planned to take effect; absent when none is planned
 * @param answeredAt         when the municipality answered
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignalAnswered(
        @JsonProperty("signalId") String signalId,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("categoryCode") String categoryCode,
        @JsonProperty("collectiveSignalId") String collectiveSignalId,
        @JsonProperty("answer") String answer,
        @JsonProperty("plannedMeasure") String plannedMeasure,
        @JsonProperty("plannedDate") LocalDate plannedDate,
        @JsonProperty("answeredAt") Instant answeredAt) {
}
