package nl.samenspel.platform.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens by role from the platform's own issuer, for code running in the platform's JVM (end-to-end tests,
 * the benchmark). A demo account serves its role and ids; for any other organisation, supporter or municipality an
 * account is added to the issuer on first use. Every token comes from the issuer's token endpoint over HTTP, and is
 * kept until shortly before it expires.
 */
public final class Tokens {

    private final TokenIssuer issuer;
    private final TokenClient client;
    private final Map<Map<String, Object>, DemoAccount> accountsByClaims = new ConcurrentHashMap<>();

    public Tokens(TokenIssuer issuer) {
        this.issuer = issuer;
        this.client = new TokenClient(issuer.issuerUri());
        issuer.demoAccounts().forEach(account -> accountsByClaims.putIfAbsent(account.claims(), account));
    }

    public String coordinator() {
        return tokenFor(new DemoAccount(null, null, "coordinator", null, null, null));
    }

    public String administrator() {
        return tokenFor(new DemoAccount(null, null, "administrator", null, null, null));
    }

    public String organisation(String organisationId) {
        return tokenFor(new DemoAccount(null, null, "organisation", organisationId, null, null));
    }

    public String supporter(String organisationId, String supporterId) {
        return tokenFor(new DemoAccount(null, null, "supporter", organisationId, supporterId, null));
    }

    public String municipality(String municipalityCode) {
        return tokenFor(new DemoAccount(null, null, "municipality", null, null, municipalityCode));
    }

    /**
     * The headers that send this token: {@code Authorization: Bearer <token>}, and for now the coordinator-service's
     * {@code Actor-*} headers saying the same as the token's claims. (Transitional: the coordinator-service reads
     * {@code Actor-*} until it takes the caller from the token; then only the {@code Authorization} header remains.)
     */
    public static Map<String, String> headers(String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        try {
            JWTClaimsSet claims = JWTParser.parse(token).getJWTClaimsSet();
            String role = claims.getStringClaim("samenspel_role");
            // The coordinator-service's own roles; without Actor-Role it takes the caller for the coordinator.
            if (List.of("organisation", "supporter", "administrator").contains(role)) {
                headers.put("Actor-Role", role.toUpperCase(Locale.ROOT));
                putIfPresent(headers, "Actor-Organisation", claims.getStringClaim("organisation_id"));
                putIfPresent(headers, "Actor-Supporter", claims.getStringClaim("supporter_id"));
            }
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a JWT: " + token, e);
        }
        return headers;
    }

    private static void putIfPresent(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }

    private String tokenFor(DemoAccount wanted) {
        DemoAccount account = accountsByClaims.computeIfAbsent(wanted.claims(), claims -> {
            DemoAccount added = new DemoAccount(wanted.role() + "-" + UUID.randomUUID(), UUID.randomUUID().toString(),
                    wanted.role(), wanted.organisationId(), wanted.supporterId(), wanted.municipalityCode());
            issuer.register(added);
            return added;
        });
        return client.token(account.clientId(), account.secret());
    }
}
