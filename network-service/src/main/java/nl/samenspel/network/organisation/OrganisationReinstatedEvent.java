package nl.samenspel.network.organisation;

import org.axonframework.serialization.Revision;

/** The coordinator lifted the suspension. */
@Revision("1")
public record OrganisationReinstatedEvent(String organisationId) {
}
