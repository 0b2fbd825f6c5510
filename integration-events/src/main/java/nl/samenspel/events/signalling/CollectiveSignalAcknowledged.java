package nl.samenspel.events.signalling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * The municipality confirmed it received a collective signal and will answer it. Published on
 * {@code signalling.feedback.v1} for the network; the subject is the collective signal id.
 *
 * @param collectiveSignalId the collective signal
 * @param municipalityCode   CBS code of the municipality that acknowledged it
 * @param categoryCode       the signal category's code
 * @param acknowledgedAt     when the municipality acknowledged it
 * @param late               {@code true} when it came after the acknowledgement deadline
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectiveSignalAcknowledged(
        @JsonProperty("collectiveSignalId") String collectiveSignalId,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("categoryCode") String categoryCode,
        @JsonProperty("acknowledgedAt") Instant acknowledgedAt,
        @JsonProperty("late") boolean late) {
}
