package nl.samenspel.signalling.bundling;

import java.time.Instant;

/**
 * A filed signal that is not part of a collective signal yet, with what the collective signal will say of it.
 * Candidates stored before residents and descriptions were kept read as 0 and {@code null}.
 */
public record BundlingCandidate(String signalId, String organisationId, String lifeDomain, String targetGroup,
                                Instant filedAt, int residentsConcerned, String description) {
}
