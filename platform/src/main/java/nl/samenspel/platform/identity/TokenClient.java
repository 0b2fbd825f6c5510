package nl.samenspel.platform.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gets access tokens from a token endpoint with the client-credentials grant, as {@code curl -u id:secret -d
 * grant_type=client_credentials .../oauth2/token} does, and keeps each client's token until a minute before it expires.
 */
public final class TokenClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final URI tokenEndpoint;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    private record Held(String token, Instant renewAfter) {
    }

    /**
     * @param issuerUri e.g. {@code http://localhost:9000}; tokens come from its {@code /oauth2/token}
     * @param clock     when a held token is due for renewal
     */
    public TokenClient(String issuerUri, Clock clock) {
        this.tokenEndpoint = URI.create(issuerUri + "/oauth2/token");
        this.clock = clock;
    }

    /** A valid access token of this client: the one held, or a new one. */
    public String token(String clientId, String secret) {
        return held.compute(clientId, (id, current) -> current != null && clock.instant().isBefore(current.renewAfter())
                ? current : fetch(clientId, secret)).token();
    }

    private Held fetch(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The issuer refused a token for " + clientId + ": "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode answer = JSON.readTree(response.body());
            Instant expires = clock.instant().plusSeconds(answer.path("expires_in").asLong());
            return new Held(answer.path("access_token").asText(), expires.minus(MARGIN));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach the token issuer at " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking for a token", e);
        }
    }
}
