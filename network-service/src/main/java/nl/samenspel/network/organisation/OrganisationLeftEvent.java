package nl.samenspel.network.organisation;

import org.axonframework.serialization.Revision;

/** The membership ended, by the organisation or the coordinator. */
@Revision("1")
public record OrganisationLeftEvent(String organisationId, Departure departure, String reason) {
}
