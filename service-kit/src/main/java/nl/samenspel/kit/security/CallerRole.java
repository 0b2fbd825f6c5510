package nl.samenspel.kit.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The parties of a client-support network, as named in the token's {@code samenspel_role} claim. */
public enum CallerRole {
    /** The network coordinator: dispatches cases across the region. */
    COORDINATOR,
    /** A supporter organisation, acting for its organisation id. */
    ORGANISATION,
    /** One supporter of an organisation. */
    SUPPORTER,
    /** A municipality, acting for its CBS code; sees aggregates only. */
    MUNICIPALITY,
    /** The network's administrator: operations and the audit log. */
    ADMINISTRATOR;

    /** The claim value, e.g. {@code organisation}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CallerRole> fromClaim(String value) {
        return Arrays.stream(values()).filter(role -> role.claimValue().equals(value)).findFirst();
    }
}
