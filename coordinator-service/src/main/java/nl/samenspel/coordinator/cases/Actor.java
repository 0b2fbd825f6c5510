package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sends a command: a role, and for organisations and supporters which one (checked against the case).
 * At the HTTP edge it is derived from the caller's validated token ({@link #of(Caller)}), never from a header.
 *
 * @param role           the role claimed
 * @param organisationId the acting organisation; required for organisation and supporter roles
 * @param supporterId    the acting supporter; required for the supporter role
 */
public record Actor(Role role, String organisationId, String supporterId) {

    public static final Actor COORDINATOR = new Actor(Role.COORDINATOR, null, null);
    public static final Actor SYSTEM = new Actor(Role.SYSTEM, null, null);

    /**
     * The actor a token's caller is on a case. An organisation acts as the case's offered or owning organisation;
     * use {@link #receiving(Caller)} where it answers a handover addressed to it.
     */
    public static Actor of(Caller caller) {
        return switch (caller.role()) {
            case COORDINATOR -> COORDINATOR;
            case ORGANISATION -> organisation(caller.organisationId());
            case SUPPORTER -> supporter(caller.organisationId(), caller.supporterId());
            case ADMINISTRATOR -> new Actor(Role.ADMINISTRATOR, null, null);
            // A municipality never sees a case; the endpoints' role rules keep it out before this.
            case MUNICIPALITY -> throw new AccessDeniedException("A municipality takes no part in cases.");
        };
    }

    /** The caller as the organisation a pending handover is addressed to. */
    public static Actor receiving(Caller caller) {
        return receivingOrganisation(caller.organisationId());
    }

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
