package nl.samenspel.signalling.signal;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The municipality's answer reached this signal (with its move to {@code ANSWERED}). It repeats who filed the signal,
 * so the answer goes to that organisation's own topic without a lookup.
 */
@Revision("1")
public record SignalAnsweredEvent(String signalId, String organisationId, String municipalityCode, String categoryCode,
                                  String collectiveSignalId, String answer, String plannedMeasure,
                                  LocalDate plannedDate, Instant answeredAt) {
}
