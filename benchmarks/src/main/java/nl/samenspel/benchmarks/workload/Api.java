package nl.samenspel.benchmarks.workload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.samenspel.platform.identity.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The services' REST APIs as a client sees them: JSON in, status, body and time taken out. Every request carries a
 * token of its actor from the platform's issuer; getting it (over HTTP when none is held) is not part of the time.
 */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, List<Integer>> ports;
    private final Tokens tokens;
    private final AtomicInteger requests = new AtomicInteger();

    /**
     * @param ports  the HTTP port of each service by name, e.g. {@code "network" -> 8085}
     * @param tokens the platform issuer's tokens
     */
    public Api(Map<String, Integer> ports, Tokens tokens) {
        this(tokens, ports.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, port -> List.of(port.getValue()))));
    }

    private Api(Tokens tokens, Map<String, List<Integer>> instancePorts) {
        this.ports = Map.copyOf(instancePorts);
        this.tokens = tokens;
    }

    /**
     * Services in several instances, each request to the next instance in turn (as a round-robin load balancer).
     *
     * @param instancePorts the HTTP ports of each service's instances by name
     */
    public static Api roundRobin(Map<String, List<Integer>> instancePorts, Tokens tokens) {
        return new Api(tokens, instancePorts);
    }

    public boolean has(String service) {
        return ports.containsKey(service);
    }

    /** One request by the coordinator; {@code body} is written as JSON, {@code correlationId} sent as {@code X-Correlation-Id}. */
    public ApiResponse send(String service, String method, String path, Object body, String correlationId) {
        return send(service, method, path, body, correlationId, Actor.COORDINATOR);
    }

    /** As {@link #send(String, String, String, Object, String)}, by {@code actor}. */
    public ApiResponse send(String service, String method, String path, Object body, String correlationId, Actor actor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(service) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        Tokens.headers(actor.token(tokens)).forEach(request::header);
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long done = System.nanoTime();
            return new ApiResponse(method + " " + path, response.statusCode(), response.body(), done - started, done);
        } catch (IOException e) {
            long done = System.nanoTime();
            return new ApiResponse(method + " " + path, 0, e.toString(), done - started, done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + path, e);
        }
    }

    /**
     * Gets {@code actor}'s token now, as a user signs in once and then works with the token for its lifetime (an
     * hour). Seeding does this for every organisation and supporter, so the issuer's client-secret check (a BCrypt
     * hash, ~100 ms of CPU on the same cores) is not paid inside the measured load.
     */
    void signIn(Actor actor) {
        actor.token(tokens);
    }

    public ApiResponse get(String service, String path) {
        return send(service, "GET", path, null, null);
    }

    /** Sends and insists on a 2xx answer: for seeding, where a refusal means the benchmark itself is wrong. */
    public ApiResponse require(String service, String method, String path, Object body) {
        ApiResponse response = send(service, method, path, body, null);
        if (!response.ok()) {
            throw new IllegalStateException(response.request() + " answered " + response.status() + ": " + response.body());
        }
        return response;
    }

    private int port(String service) {
        List<Integer> instances = ports.get(service);
        if (instances == null) {
            throw new IllegalArgumentException("No service called " + service);
        }
        return instances.get(Math.floorMod(requests.getAndIncrement(), instances.size()));
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + body, e);
        }
    }
}
