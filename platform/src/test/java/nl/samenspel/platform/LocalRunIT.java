package nl.samenspel.platform;

import nl.samenspel.local.FreePorts;
import nl.samenspel.local.test.Await;
import nl.samenspel.platform.identity.TokenClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command, for real: the packaged jar that {@code ./run-local.sh} starts comes up, says what
 * runs where, hands out tokens for its demo accounts that the services accept, stops cleanly on SIGTERM (as on Ctrl-C:
 * within seconds, logging no error and no stack trace), and a second start reuses the data — the signing key included,
 * so a token from before the restart is still good. Every log line names the service that wrote it.
 */
class LocalRunIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Stopping takes a few seconds; this leaves room for a busy machine, not for waiting on a timeout. */
    private static final Duration STOP_WITHIN = Duration.ofSeconds(30);
    private static final int TAIL_LINES = 80;
    private static final Pattern ERROR_LINE = Pattern.compile("\\bERROR\\b");
    private static final Pattern LABEL = Pattern.compile("(?:TRACE|DEBUG|INFO|WARN|ERROR) \\[([^,\\]]*),");
    private static final Pattern STACK_TRACE_LINE = Pattern.compile("^\\s+at [\\w.$/]+\\(|^Caused by: |^\\S*(Exception|Error)(: |$)");

    @Test
    void packagedPlatformStartsStopsCleanlyWithinSecondsAndRestartsOnItsData(@TempDir Path data) throws Exception {
        Path jar = Path.of("target/samenspel-local.jar");
        assertThat(jar).exists();
        // The issuer keeps its port: its address is the tokens' issuer, which the services check.
        String issuerPort = freePort();
        String[] tokenOfFirstRun = new String[1];

        List<String> firstRun = runUntilUpThenStop(jar, data, issuerPort, organisations -> {
            assertThat(status(organisations, null)).as("without a token").isEqualTo(401);
            // As the README does it: curl -u demo-coordinator:demo-coordinator-secret -d grant_type=client_credentials
            tokenOfFirstRun[0] = new TokenClient("http://localhost:" + issuerPort, Clock.systemUTC())
                    .token("demo-coordinator", "demo-coordinator-secret");
            assertThat(status(organisations, tokenOfFirstRun[0])).as("with the demo coordinator's token").isEqualTo(200);
        });
        assertThat(firstRun).anyMatch(line -> line.contains("Samenspel is running"));
        assertThat(Files.list(data).map(p -> p.getFileName().toString()).toList()).contains("postgres", "kafka", "identity");

        List<String> secondRun = runUntilUpThenStop(jar, data, issuerPort, organisations ->
                assertThat(status(organisations, tokenOfFirstRun[0])).as("a token from before the restart").isEqualTo(200));
        assertThat(secondRun).anyMatch(line -> line.contains("Samenspel is running"));
    }

    /** Starts the jar, runs {@code whileUp} with the network-service's organisations URL, stops it with SIGTERM. */
    private static List<String> runUntilUpThenStop(Path jar, Path data, String issuerPort, Consumer<String> whileUp)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true", "-Xmx1g", "-jar", jar.toString())
                .redirectErrorStream(true);
        String networkPort = freePort();
        builder.environment().putAll(Map.of("SAMENSPEL_DATA_DIR", data.toString(), "SAMENSPEL_POSTGRES_PORT", freePort(),
                "SAMENSPEL_KAFKA_PORT", freePort(), "SAMENSPEL_NETWORK_PORT", networkPort,
                "SAMENSPEL_COORDINATOR_PORT", freePort(), "SAMENSPEL_SIGNALLING_PORT", freePort(),
                "SAMENSPEL_ISSUER_PORT", issuerPort, "SAMENSPEL_CONSOLE_PORT", freePort()));
        Path log = Files.createTempFile(data.getParent(), "local-run", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        try {
            // Five minutes: on a busy machine, five Spring contexts, PostgreSQL and Kafka take a while.
            Await.until(Duration.ofSeconds(300), "the platform says it is running",
                    () -> !process.isAlive() || read(log).stream().anyMatch(line -> line.contains("Samenspel is running")));
            assertThat(process.isAlive()).as(() -> "running; the log ends:\n" + tail(log)).isTrue();
            whileUp.accept("http://127.0.0.1:" + networkPort + "/organisations");
            process.destroy();
            assertThat(process.waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS))
                    .as(() -> "stopped within " + STOP_WITHIN.toSeconds() + " s of SIGTERM; the log ends:\n" + tail(log)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        List<String> lines = read(log);
        assertThat(lines).as(() -> "the log ends:\n" + tail(log)).noneMatch(line -> line.contains("Application run failed"));
        // From the moment it is up: an overloaded machine may make the starting broker complain of a late heartbeat.
        List<String> upAndStopping = lines.subList(lines.indexOf(lines.stream()
                .filter(line -> line.contains("Samenspel is running")).findFirst().orElseThrow()), lines.size());
        assertThat(upAndStopping).as("no error logged while up and stopping; log: " + log)
                .noneMatch(line -> ERROR_LINE.matcher(line).find());
        assertThat(upAndStopping).as("no stack trace; log: " + log).noneMatch(line -> STACK_TRACE_LINE.matcher(line).find());
        // One logging system for six contexts: each line still names the part that wrote it, also from a request
        // thread, which its service starts long after its context came up.
        assertThat(lines).filteredOn(line -> line.contains("Started application in")).map(LocalRunIT::label)
                .as("who says it started; log: " + log).doesNotHaveDuplicates().contains(
                        "token-issuer", "network-service", "coordinator-service", "signalling-service", "notification-service",
                        "web-console");
        assertThat(lines).filteredOn(line -> line.contains("-" + networkPort + "-exec-")).map(LocalRunIT::label)
                .as("the network-service's request threads; log: " + log).isNotEmpty().containsOnly("network-service");
        return lines;
    }

    /** The HTTP status of a GET, with the token as bearer when one is given. */
    private static int status(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The part a log line names: {@code INFO [coordinator-service,<correlation id>] ...}. */
    private static String label(String line) {
        Matcher label = LABEL.matcher(line);
        return label.find() ? label.group(1) : "(none): " + line;
    }

    /** The log's last lines, for a failure message: CI keeps the test's output, not the temporary log. */
    private static String tail(Path log) {
        List<String> lines = read(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    private static List<String> read(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String freePort() {
        return String.valueOf(FreePorts.next());
    }
}
