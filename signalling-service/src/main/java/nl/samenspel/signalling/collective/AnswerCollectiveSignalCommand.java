package nl.samenspel.signalling.collective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The municipality answers: its view, and optionally a planned measure with a date. */
public record AnswerCollectiveSignalCommand(@TargetAggregateIdentifier String collectiveSignalId,
                                            String municipalityCode, String answer, String plannedMeasure,
                                            LocalDate plannedDate) {
}
