package nl.samenspel.events.signalling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A collective signal is closed: the municipality considers it dealt with, or the coordinator merged it into
 * another collective signal. Published on {@code signalling.feedback.v1}; the subject is the collective signal id.
 *
 * @param collectiveSignalId the collective signal
 * @param municipalityCode   CBS code of the municipality
 * @param reason             {@code DEALT_WITH} (closed by the municipality) or {@code MERGED}
 * @param mergedInto         for {@code MERGED}: the collective signal that carries on; absent otherwise
 * @param closedAt           when it was closed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectiveSignalClosed(
        @JsonProperty("collectiveSignalId") String collectiveSignalId,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("reason") String reason,
        @JsonProperty("mergedInto") String mergedInto,
        @JsonProperty("closedAt") Instant closedAt) {
}
