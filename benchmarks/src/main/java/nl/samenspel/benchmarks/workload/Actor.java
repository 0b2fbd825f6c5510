package nl.samenspel.benchmarks.workload;

import nl.samenspel.platform.identity.Tokens;

/**
 * Who sends a command, in the roles of the security contract; the request carries a token of the platform's issuer
 * for this role and these ids.
 *
 * @param role           {@code coordinator}, {@code organisation} or {@code supporter}
 * @param organisationId the organisation acted for (organisation and supporter), otherwise {@code null}
 * @param supporterId    the supporter (supporter), otherwise {@code null}
 */
public record Actor(String role, String organisationId, String supporterId) {

    /** The network coordinator: cases in the queue, dispatching, and the network's administration. */
    public static final Actor COORDINATOR = new Actor("coordinator", null, null);

    /** An organisation answering the offers and handovers addressed to it. */
    static Actor organisation(String organisationId) {
        return new Actor("organisation", organisationId, null);
    }

    /** A supporter working on their own cases. */
    static Actor supporter(String organisationId, String supporterId) {
        return new Actor("supporter", organisationId, supporterId);
    }

    /** A token for this actor (the issuer's, kept until shortly before it expires). */
    String token(Tokens tokens) {
        return switch (role) {
            case "coordinator" -> tokens.coordinator();
            case "organisation" -> tokens.organisation(organisationId);
            case "supporter" -> tokens.supporter(organisationId, supporterId);
            default -> throw new IllegalStateException("No tokens for role " + role);
        };
    }
}
