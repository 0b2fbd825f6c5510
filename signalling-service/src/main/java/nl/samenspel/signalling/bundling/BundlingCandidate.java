package nl.samenspel.signalling.bundling;

import java.time.Instant;

/** A filed signal that is not part of a collective signal yet. */
public record BundlingCandidate(String signalId, String organisationId, String lifeDomain, String targetGroup,
                                Instant filedAt) {
}
