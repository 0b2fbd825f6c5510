package nl.samenspel.signalling.signal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A signal moved from one status to the next. It repeats who filed it and what it is about, so that feedback to
 * the filing organisation needs no lookup.
 *
 * @param collectiveSignalId the collective signal it is part of; {@code null} for a signal withdrawn before bundling
 */
@Revision("1")
public record SignalStatusChangedEvent(String signalId, String organisationId, String municipalityCode,
                                       String categoryCode, SignalStatus from, SignalStatus to,
                                       String collectiveSignalId, Instant changedAt) {
}
