package nl.samenspel.events.signalling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A municipality let a deadline of a collective signal pass: it did not acknowledge or answer it in time.
 * Published on the municipality's own topic as a reminder; the subject is the collective signal id.
 *
 * @param collectiveSignalId the collective signal
 * @param municipalityCode   CBS code of the municipality
 * @param deadline           {@code ACKNOWLEDGEMENT} or {@code ANSWER}
 * @param dueAt              the moment that passed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectiveSignalOverdue(
        @JsonProperty("collectiveSignalId") String collectiveSignalId,
        @JsonProperty("municipalityCode") String municipalityCode,
        @JsonProperty("deadline") String deadline,
        @JsonProperty("dueAt") Instant dueAt) {
}
