package nl.samenspel.kit.security;

/**
 * The role rules used in {@code @PreAuthorize} on controller methods, so every endpoint states who may call it.
 * Rules about <em>which</em> case, organisation or municipality are checked in code with {@link Caller}.
 */
public final class Access {

    public static final String COORDINATOR = "hasRole('COORDINATOR')";
    public static final String ADMINISTRATOR = "hasRole('ADMINISTRATOR')";
    public static final String COORDINATOR_OR_ADMINISTRATOR = "hasAnyRole('COORDINATOR', 'ADMINISTRATOR')";
    public static final String ORGANISATION = "hasRole('ORGANISATION')";
    public static final String SUPPORTER = "hasRole('SUPPORTER')";
    public static final String ORGANISATION_OR_SUPPORTER = "hasAnyRole('ORGANISATION', 'SUPPORTER')";
    public static final String COORDINATOR_OR_ORGANISATION = "hasAnyRole('COORDINATOR', 'ORGANISATION')";
    public static final String COORDINATOR_OR_SUPPORTER = "hasAnyRole('COORDINATOR', 'SUPPORTER')";
    /** The parties of a case: the coordinator, and the organisations and supporters it is addressed to. */
    public static final String CASE_PARTY = "hasAnyRole('COORDINATOR', 'ORGANISATION', 'SUPPORTER')";
    public static final String MUNICIPALITY = "hasRole('MUNICIPALITY')";
    public static final String NETWORK_MEMBER = "hasAnyRole('COORDINATOR', 'ORGANISATION', 'SUPPORTER', 'ADMINISTRATOR')";
    /** The parties with topics of their own: an organisation (its staff) and a municipality. */
    public static final String ORGANISATION_OR_MUNICIPALITY = "hasAnyRole('ORGANISATION', 'MUNICIPALITY')";
    public static final String COORDINATOR_OR_MUNICIPALITY = "hasAnyRole('COORDINATOR', 'MUNICIPALITY')";
    public static final String COORDINATOR_ADMINISTRATOR_OR_MUNICIPALITY = "hasAnyRole('COORDINATOR', 'ADMINISTRATOR', 'MUNICIPALITY')";
    public static final String ANY_ROLE = "hasAnyRole('COORDINATOR', 'ORGANISATION', 'SUPPORTER', 'MUNICIPALITY', 'ADMINISTRATOR')";

    private Access() {
    }
}
