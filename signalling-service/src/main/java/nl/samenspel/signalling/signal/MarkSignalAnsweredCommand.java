package nl.samenspel.signalling.signal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The municipality answered the collective signal this signal is part of; the signal keeps the answer so its filing
 * organisation reads it.
 *
 * @param plannedMeasure {@code null} when none is planned
 * @param plannedDate    {@code null} when none is planned
 */
public record MarkSignalAnsweredCommand(@TargetAggregateIdentifier String signalId, String collectiveSignalId,
                                        String answer, String plannedMeasure, LocalDate plannedDate,
                                        Instant answeredAt) {
}
