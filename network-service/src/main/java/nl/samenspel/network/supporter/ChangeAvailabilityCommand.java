package nl.samenspel.network.supporter;

import nl.samenspel.network.vocabulary.AvailabilityStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Makes a supporter available, plans leave (first and last day) or makes them inactive. */
public record ChangeAvailabilityCommand(@TargetAggregateIdentifier String supporterId, AvailabilityStatus status,
                                        LocalDate leaveFrom, LocalDate leaveUntil) {
}
