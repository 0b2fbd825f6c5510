package nl.samenspel.signalling.collective;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A collective signal with its deadlines, what it is about and, once given, the municipality's answer.
 * {@code overdue} is true while a passed deadline is still unmet.
 *
 * @param lifeDomains        the life domains it concerns: those it was raised with and those of its signals
 * @param targetGroups       the target groups it concerns, likewise
 * @param residentsConcerned how many residents its signals concern together, rounded to a multiple of 5;
 *                           {@code null} below the disclosure threshold and for one raised from a fact
 * @param descriptions       its signals' descriptions in the organisations' words, oldest first; one in which the
 *                           personal-data check finds anything is left out
 */
public record CollectiveSignalView(String collectiveSignalId, String municipalityCode, String categoryCode,
                                   CollectiveSignalOrigin origin, String summary, CollectiveSignalStatus status,
                                   int signalCount, int organisationCount, Instant raisedAt, Instant acknowledgeBy,
                                   Instant answerBy, Instant acknowledgedAt, Instant answeredAt, String answer,
                                   String plannedMeasure, LocalDate plannedDate, Instant closedAt, String mergedInto,
                                   boolean acknowledgementOverdue, boolean answerOverdue, List<String> lifeDomains,
                                   List<String> targetGroups, Integer residentsConcerned, List<String> descriptions) {

    public boolean overdue() {
        return acknowledgementOverdue || answerOverdue;
    }
}
