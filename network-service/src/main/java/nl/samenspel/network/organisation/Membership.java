package nl.samenspel.network.organisation;

import java.util.List;

/**
 * An organisation's standing as command handlers need it.
 *
 * @param organisationId the organisation
 * @param status         where it stands
 * @param municipalities the municipalities it serves
 */
public record Membership(String organisationId, OrganisationStatus status, List<String> municipalities) {
}
