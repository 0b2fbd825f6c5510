package nl.samenspel.local.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.local.FreePorts;
import nl.samenspel.local.TestInfrastructure;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A service as its own OS process, started from the module's repackaged jar ({@code target/<module>-*-exec.jar},
 * built by {@code package} before the integration tests) against the tests' PostgreSQL (in a schema of its own),
 * Kafka broker and token issuer, so that a test can kill it with SIGKILL or stop it as an orchestrator does (SIGTERM),
 * and start another one on the same schema. Several processes on one schema are instances of one service.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final String module;
    private final String schema;
    private final String log;
    private final String[] arguments;

    private ServiceProcess(Process process, int port, String module, String schema, String log, String[] arguments) {
        this.process = process;
        this.port = port;
        this.module = module;
        this.schema = schema;
        this.log = log;
        this.arguments = arguments;
    }

    /**
     * Starts the module's jar on a free port; {@code arguments} are further Spring properties
     * ({@code --name=value}). Its output goes to {@code target/<log>.log}.
     */
    public static ServiceProcess start(String module, String schema, String log, String... arguments) {
        Path jar;
        try (var built = Files.list(Path.of("target"))) {
            jar = built.filter(p -> p.getFileName().toString().matches(module + "-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + module + " exec jar in target/; run mvn verify"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int port = FreePorts.next();
        TestTokenIssuer tokens = TestTokenIssuer.get();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Daxoniq.update-checker.disabled=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m",
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + TestInfrastructure.jdbcUrl(),
                "--spring.datasource.username=" + TestInfrastructure.dbUser(),
                "--spring.datasource.password=" + TestInfrastructure.dbPassword(),
                "--spring.datasource.hikari.schema=" + schema,
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + tokens.issuerUri(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + tokens.jwkSetUri()));
        command.addAll(List.of(arguments));
        try {
            return new ServiceProcess(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(new File("target/" + log + ".log")).start(), port, module, schema, log, arguments);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + jar, e);
        }
    }

    /**
     * Starts another process of the same service with the same settings, on a port of its own: a restart after
     * {@link #kill} or {@link #stop}, or one more instance. Its output goes to {@code target/<log>-<suffix>.log}.
     */
    public ServiceProcess startAnother(String suffix) {
        return start(module, schema, log + "-" + suffix, arguments);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Waits until the process answers its readiness probe. */
    public ServiceProcess awaitReady(Duration patience) {
        Await.until(patience, "the process on port " + port + " is ready", () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The process on port " + port + " ended with " + process.exitValue());
            }
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness"))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return this;
    }

    /** SIGKILL: no shutdown hook runs, nothing in flight is finished. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Sends {@code body} as JSON with a bearer token; the answer, or a failed future when the process does not answer
     * (gone, stopping, or 10 s without an answer).
     */
    public CompletableFuture<HttpResponse<String>> post(String path, Object body, String token) {
        try {
            return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * {@link #post}, answered with a success: its body.
     *
     * @throws IOException           when the process gave no answer, as when it was killed or stopped under the request
     * @throws IllegalStateException when it answered with anything but a success
     */
    public String postForBody(String path, Object body, String token) throws IOException {
        HttpResponse<String> response = post(path, body, token).exceptionally(noAnswer -> null).join();
        if (response == null) {
            throw new IOException("POST " + path + ": no answer");
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** SIGTERM, as an orchestrator stops an instance: requests in flight finish, processors and consumers stop. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The process on port " + port + " did not stop within 60 s of SIGTERM");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The OS process id, as it appears in the owner of the tracking tokens the process claims. */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        kill();
    }
}
