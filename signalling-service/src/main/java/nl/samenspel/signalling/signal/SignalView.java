package nl.samenspel.signalling.signal;

import java.time.Instant;

/**
 * A signal as its filing organisation and the coordinator see it, with what became of it.
 *
 * @param answer the municipality's answer to the collective signal it is part of; {@code null} until it answered
 */
public record SignalView(String signalId, String organisationId, String municipalityCode, String categoryCode,
                         String lifeDomain, String targetGroup, String description, int residentsConcerned,
                         SignalStatus status, String collectiveSignalId, Instant filedAt, Instant changedAt,
                         SignalAnswer answer) {
}
