package nl.samenspel.platform.identity;

import java.util.Map;

/**
 * A person who logs in to the web console through the issuer's login form (authorization code with PKCE). Their
 * tokens carry the security contract's claims of this person, never of the client that asked for them.
 *
 * @param username         what they type to log in, also the token's subject
 * @param password         the password (demo only)
 * @param displayName      how the console greets them
 * @param role             {@code samenspel_role}
 * @param organisationId   {@code organisation_id} (roles organisation and supporter), otherwise {@code null}
 * @param supporterId      {@code supporter_id} (role supporter), otherwise {@code null}
 * @param municipalityCode {@code municipality_code} (role municipality), otherwise {@code null}
 */
public record DemoPerson(String username, String password, String displayName, String role, String organisationId,
                         String supporterId, String municipalityCode) {

    /** The contract's claims, as a machine account of the same party would carry them, plus the display name. */
    public Map<String, Object> claims() {
        Map<String, Object> claims = new DemoAccount(username, null, role, organisationId, supporterId, municipalityCode).claims();
        claims.put("name", displayName);
        return claims;
    }
}
