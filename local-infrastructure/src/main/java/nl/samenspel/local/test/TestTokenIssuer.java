package nl.samenspel.local.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A token issuer for tests: it publishes its JWK set over HTTP on loopback, as a real identity provider does, and
 * signs tokens with the claims of the security contract. Services under test validate these tokens with their
 * real resource server ({@link LocalInfrastructureInitializer} points them here). One per JVM.
 */
public final class TestTokenIssuer {

    /** The audience every Samenspel service expects. */
    public static final String AUDIENCE = "samenspel";

    private static TestTokenIssuer instance;

    private final RSAKey signingKey;
    private final HttpServer server;

    private TestTokenIssuer() {
        try {
            signingKey = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String jwks = new JWKSet(signingKey.toPublicJWK()).toString();
            server.createContext("/oauth2/jwks", exchange -> {
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the test signing key", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JVM's test issuer, started on first use. */
    public static synchronized TestTokenIssuer get() {
        if (instance == null) {
            instance = new TestTokenIssuer();
        }
        return instance;
    }

    public String issuerUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jwkSetUri() {
        return issuerUri() + "/oauth2/jwks";
    }

    public String coordinator() {
        return token(Map.of("samenspel_role", "coordinator"));
    }

    public String administrator() {
        return token(Map.of("samenspel_role", "administrator"));
    }

    public String organisation(String organisationId) {
        return token(Map.of("samenspel_role", "organisation", "organisation_id", organisationId));
    }

    public String supporter(String organisationId, String supporterId) {
        return token(Map.of("samenspel_role", "supporter", "organisation_id", organisationId, "supporter_id", supporterId));
    }

    public String municipality(String municipalityCode) {
        return token(Map.of("samenspel_role", "municipality", "municipality_code", municipalityCode));
    }

    /** A token with these claims, valid for ten minutes, for audience {@value #AUDIENCE}. */
    public String token(Map<String, Object> claims) {
        return sign(claims, Instant.now(), Duration.ofMinutes(10), AUDIENCE);
    }

    /** A coordinator's token whose lifetime ended five minutes ago (beyond the resource server's clock skew). */
    public String expiredCoordinator() {
        return sign(Map.of("samenspel_role", "coordinator"), Instant.now().minus(Duration.ofMinutes(20)), Duration.ofMinutes(15), AUDIENCE);
    }

    /** A coordinator's token meant for another audience. */
    public String coordinatorForAudience(String audience) {
        return sign(Map.of("samenspel_role", "coordinator"), Instant.now(), Duration.ofMinutes(10), audience);
    }

    /** A coordinator's token, signed with a key this issuer does not publish: a forgery. */
    public static String forgedCoordinator(String claimedIssuer) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
            return sign(stranger, claimedIssuer, Map.of("samenspel_role", "coordinator"), Instant.now(), Duration.ofMinutes(10), AUDIENCE);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(Map<String, Object> claims, Instant issuedAt, Duration lifetime, String audience) {
        return sign(signingKey, issuerUri(), claims, issuedAt, lifetime, audience);
    }

    private static String sign(RSAKey key, String issuer, Map<String, Object> claims, Instant issuedAt, Duration lifetime,
                               String audience) {
        Map<String, Object> all = new LinkedHashMap<>(claims);
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("test-" + claims.getOrDefault("samenspel_role", "nobody") + "-" + UUID.randomUUID())
                .audience(audience)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)));
        all.forEach(builder::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), builder.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
    }
}
