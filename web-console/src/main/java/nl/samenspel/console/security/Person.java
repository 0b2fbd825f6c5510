package nl.samenspel.console.security;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person using the console, as the identity provider describes them in the ID token: their role and the party
 * they act for (the same claims the services read from the access token).
 *
 * @param name             how to greet them
 * @param role             coordinator, organisation, supporter, municipality or administrator
 * @param organisationId   their organisation (staff and supporters)
 * @param supporterId      who they are as a supporter
 * @param municipalityCode their municipality
 */
public record Person(String name, String role, String organisationId, String supporterId, String municipalityCode) {

    public static Person of(OidcUser user) {
        String name = user.getFullName() != null ? user.getFullName() : user.getSubject();
        return new Person(name, user.getClaimAsString("samenspel_role"), user.getClaimAsString("organisation_id"),
                user.getClaimAsString("supporter_id"), user.getClaimAsString("municipality_code"));
    }

    public boolean isCoordinator() {
        return "coordinator".equals(role);
    }

    public boolean isOrganisation() {
        return "organisation".equals(role);
    }

    public boolean isSupporter() {
        return "supporter".equals(role);
    }

    /** A policy adviser of one municipality: sees only that municipality's aggregates and collective signals. */
    public boolean isMunicipality() {
        return "municipality".equals(role);
    }

    public boolean isAdministrator() {
        return "administrator".equals(role);
    }
}
