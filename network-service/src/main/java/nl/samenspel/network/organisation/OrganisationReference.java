package nl.samenspel.network.organisation;

/** The id of a newly applied organisation. */
public record OrganisationReference(String organisationId) {
}
