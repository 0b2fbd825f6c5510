package nl.samenspel.events.signalling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * An individual signal a supporter filed moved on: bundled into a collective signal, answered by the
 * municipality, closed or withdrawn. Published on {@code signalling.feedback.v1} so the filing organisation can
 * show its supporters what became of their signal; the subject is the signal id.
 *
 * @param signalId           the signal, as returned when it was filed
 * @param organisationId     the supporter organisation that filed it
 * @param municipalityCode   CBS code of the municipality it is about
 * @param categoryCode       the signal category's code
 * @param status             the new status: {@code BUNDLED}, {@code ANSWERED}, {@code CLOSED} or {@code WITHDRAWN}
 * @param collectiveSignalId the collective signal it is part of; absent for a signal withdrawn before bundling
 * @param changedAt          when the status changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignalStatusChanged(
        @JsonProperty("signalId") String signalId,
        @JsonProperty("organisationId") String organisationId,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("categoryCode") String categoryCode,
        @JsonProperty("status") String status,
        @JsonProperty("collectiveSignalId") String collectiveSignalId,
        @JsonProperty("changedAt") Instant changedAt) {
}
