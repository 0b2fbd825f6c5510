package nl.samenspel.network.supporter;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A professional registration expired without renewal. */
@Revision("1")
public record SupporterRegistrationLapsedEvent(String supporterId, String organisationId, LocalDate validUntil) {
}
