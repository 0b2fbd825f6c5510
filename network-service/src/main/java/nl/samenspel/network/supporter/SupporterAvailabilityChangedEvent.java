package nl.samenspel.network.supporter;

import nl.samenspel.network.vocabulary.AvailabilityStatus;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A supporter's availability changed. */
@Revision("1")
public record SupporterAvailabilityChangedEvent(String supporterId, String organisationId, AvailabilityStatus status,
                                                LocalDate leaveFrom, LocalDate leaveUntil) {
}
