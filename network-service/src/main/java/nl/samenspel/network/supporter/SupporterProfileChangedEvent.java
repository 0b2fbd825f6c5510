package nl.samenspel.network.supporter;

import nl.samenspel.network.vocabulary.SupporterKind;

import org.axonframework.serialization.Revision;

/** A supporter's profile was replaced; carries kind and registration so the event is complete on its own. */
@Revision("1")
public record SupporterProfileChangedEvent(String supporterId, String organisationId, SupporterKind kind, SupporterProfile profile,
                                           ProfessionalRegistration registration) {
}
