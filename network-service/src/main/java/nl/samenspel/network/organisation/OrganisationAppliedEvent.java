package nl.samenspel.network.organisation;

import org.axonframework.serialization.Revision;

/** An organisation applied to join, with its declared profile. */
@Revision("1")
public record OrganisationAppliedEvent(String organisationId, OrganisationProfile profile) {
}
