package nl.samenspel.network.supporter;

import org.axonframework.serialization.Revision;

/** A professional registration was renewed; lifts a lapse. */
@Revision("1")
public record SupporterRegistrationRenewedEvent(String supporterId, String organisationId, ProfessionalRegistration registration) {
}
