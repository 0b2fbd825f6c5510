package nl.samenspel.network.supporter;

import nl.samenspel.network.vocabulary.AvailabilityStatus;
import nl.samenspel.network.vocabulary.SupporterKind;

import org.axonframework.serialization.Revision;

/** A supporter was registered under an organisation. */
@Revision("1")
public record SupporterRegisteredEvent(String supporterId, String organisationId, String displayName, SupporterKind kind, SupporterProfile profile,
                                       ProfessionalRegistration registration, AvailabilityStatus availability) {
}
