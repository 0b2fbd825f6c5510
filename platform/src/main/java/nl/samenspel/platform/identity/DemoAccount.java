package nl.samenspel.platform.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An account of the local token issuer: an OAuth2 confidential client (client-credentials grant) whose tokens carry
 * the security contract's claims.
 *
 * @param clientId         the client id, also the token's subject, e.g. {@code demo-coordinator}
 * @param secret           the client secret (demo only)
 * @param role             {@code samenspel_role}: coordinator, organisation, supporter, municipality or administrator
 * @param organisationId   {@code organisation_id} (roles organisation and supporter), otherwise {@code null}
 * @param supporterId      {@code supporter_id} (role supporter), otherwise {@code null}
 * @param municipalityCode {@code municipality_code} (role municipality), otherwise {@code null}
 */
public record DemoAccount(String clientId, String secret, String role, String organisationId, String supporterId,
                          String municipalityCode) {

    /** The contract's claims this account's tokens carry, besides issuer, subject, audience and lifetime. */
    public Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("samenspel_role", role);
        putIfPresent(claims, "organisation_id", organisationId);
        putIfPresent(claims, "supporter_id", supporterId);
        putIfPresent(claims, "municipality_code", municipalityCode);
        return claims;
    }

    private static void putIfPresent(Map<String, Object> claims, String name, String value) {
        if (value != null) {
            claims.put(name, value);
        }
    }
}
