package nl.samenspel.platform.identity;


import java.time.Clock;
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
        this.client = new TokenClient(issuer.issuerUri(), Clock.systemUTC());
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

    /** The header that sends this token: {@code Authorization: Bearer <token>}. */
    public static Map<String, String> headers(String token) {
        return Map.of("Authorization", "Bearer " + token);
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
