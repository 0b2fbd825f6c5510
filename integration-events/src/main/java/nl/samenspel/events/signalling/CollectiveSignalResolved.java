package nl.samenspel.events.signalling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A collective signal raised from a fact closed by itself because the fact ended: for {@code COVERAGE_GAP}, the
 * network again has an eligible supporter for that target group, life domain and kind. The municipality need not
 * answer it any more. Published on the municipality's own topic; the subject is the collective signal id.
 *
 * @param collectiveSignalId the collective signal, as in {@code collective-signal-raised}
 * @param municipalityCode   CBS code of the municipality it was addressed to
 * @param reason             what ended: {@code COVERAGE_GAP_CLOSED}
 * @param resolvedAt         when it closed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectiveSignalResolved(
        @JsonProperty("collectiveSignalId") String collectiveSignalId,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("reason") String reason,
        @JsonProperty("resolvedAt") Instant resolvedAt) {
}
