package nl.samenspel.network.organisation;

import org.axonframework.serialization.Revision;

/** The coordinator suspended the organisation. */
@Revision("1")
public record OrganisationSuspendedEvent(String organisationId, String reason) {
}
