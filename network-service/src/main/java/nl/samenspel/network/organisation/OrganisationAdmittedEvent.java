package nl.samenspel.network.organisation;

import org.axonframework.serialization.Revision;

/** The coordinator admitted the organisation; carries its profile so consumers need no other event. */
@Revision("1")
public record OrganisationAdmittedEvent(String organisationId, OrganisationProfile profile) {
}
