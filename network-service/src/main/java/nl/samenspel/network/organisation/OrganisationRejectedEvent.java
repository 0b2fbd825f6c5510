package nl.samenspel.network.organisation;

import org.axonframework.serialization.Revision;

/** The coordinator turned the application down. */
@Revision("1")
public record OrganisationRejectedEvent(String organisationId, String reason) {
}
