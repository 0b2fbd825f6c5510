package nl.samenspel.console.api;

import java.time.Instant;

/** A signal as its filing organisation sees it, with the municipality's answer once given. */
public record Signal(String signalId, String organisationId, String municipalityCode, String categoryCode,
                     String lifeDomain, String targetGroup, String description, int residentsConcerned, String status,
                     String collectiveSignalId, Instant filedAt, Instant changedAt, Answer answer) {

    /** The municipality's answer to the collective signal the signal is part of. */
    public record Answer(String collectiveSignalId, String text, Instant answeredAt) {
    }
}
