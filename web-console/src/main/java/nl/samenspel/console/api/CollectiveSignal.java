package nl.samenspel.console.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A collective signal as the signalling-service describes it: what it is about, how many signals from how many
 * organisations, the organisations' own descriptions, its deadlines and, once given, the municipality's answer.
 * {@code residentsConcerned} is null when it is below the disclosure threshold.
 */
public record CollectiveSignal(String collectiveSignalId, String municipalityCode, String categoryCode, String origin,
                               String summary, String status, int signalCount, int organisationCount, Instant raisedAt,
                               Instant acknowledgeBy, Instant answerBy, Instant acknowledgedAt, Instant answeredAt,
                               String answer, String plannedMeasure, LocalDate plannedDate, Instant closedAt,
                               boolean acknowledgementOverdue, boolean answerOverdue, List<String> lifeDomains,
                               List<String> targetGroups, Integer residentsConcerned, List<String> descriptions) {

    /** Still waiting for the municipality: raised or acknowledged, not yet answered. */
    public boolean open() {
        return "RAISED".equals(status) || "ACKNOWLEDGED".equals(status);
    }

    public boolean acknowledgeable() {
        return "RAISED".equals(status);
    }

    /** The deadline that counts now: acknowledgement while raised, then the answer. */
    public Instant nextDeadline() {
        return "RAISED".equals(status) ? acknowledgeBy : open() ? answerBy : null;
    }
}
