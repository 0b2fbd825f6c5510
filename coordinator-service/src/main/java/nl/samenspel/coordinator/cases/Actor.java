package nl.samenspel.coordinator.cases;

/**
 * Who sends a command: a role, and for organisations and supporters which one (checked against the case).
 *
 * @param role           the role claimed
 * @param organisationId the acting organisation; required for organisation and supporter roles
 * @param supporterId    the acting supporter; required for the supporter role
 */
public record Actor(Role role, String organisationId, String supporterId) {

    public static final Actor COORDINATOR = new Actor(Role.COORDINATOR, null, null);
    public static final Actor SYSTEM = new Actor(Role.SYSTEM, null, null);

    public static Actor organisation(String organisationId) {
        return new Actor(Role.ORGANISATION, organisationId, null);
    }

    public static Actor receivingOrganisation(String organisationId) {
        return new Actor(Role.RECEIVING_ORGANISATION, organisationId, null);
    }

    public static Actor supporter(String organisationId, String supporterId) {
        return new Actor(Role.SUPPORTER, organisationId, supporterId);
    }
}
