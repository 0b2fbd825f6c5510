package nl.samenspel.signalling.collective;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A collective signal with its deadlines and, once given, the municipality's answer. {@code overdue} is true while
 * a passed deadline is still unmet.
 */
public record CollectiveSignalView(String collectiveSignalId, String municipalityCode, String categoryCode,
                                   CollectiveSignalOrigin origin, String summary, CollectiveSignalStatus status,
                                   int signalCount, int organisationCount, Instant raisedAt, Instant acknowledgeBy,
                                   Instant answerBy, Instant acknowledgedAt, Instant answeredAt, String answer,
                                   String plannedMeasure, LocalDate plannedDate, Instant closedAt, String mergedInto,
                                   boolean acknowledgementOverdue, boolean answerOverdue) {

    public boolean overdue() {
        return acknowledgementOverdue || answerOverdue;
    }
}
