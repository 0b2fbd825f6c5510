package nl.samenspel.platform;

import nl.samenspel.local.test.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command, for real: the packaged jar that {@code ./run-local.sh} starts comes up, says what
 * runs where, stops cleanly on SIGTERM, and a second start reuses the data.
 */
class LocalRunIT {

    @Test
    void packagedPlatformStartsStopsCleanlyAndRestartsOnItsData(@TempDir Path data) throws Exception {
        Path jar = Path.of("target/samenspel-local.jar");
        assertThat(jar).exists();

        List<String> firstRun = runUntilUpThenStop(jar, data);
        assertThat(firstRun).anyMatch(line -> line.contains("Samenspel is running"));
        assertThat(Files.list(data).map(p -> p.getFileName().toString()).toList()).contains("postgres", "kafka");

        List<String> secondRun = runUntilUpThenStop(jar, data);
        assertThat(secondRun).anyMatch(line -> line.contains("Samenspel is running"));
    }

    private static List<String> runUntilUpThenStop(Path jar, Path data) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true", "-Xmx1g", "-jar", jar.toString())
                .redirectErrorStream(true);
        builder.environment().put("SAMENSPEL_DATA_DIR", data.toString());
        builder.environment().put("SAMENSPEL_POSTGRES_PORT", String.valueOf(freePort()));
        builder.environment().put("SAMENSPEL_KAFKA_PORT", String.valueOf(freePort()));
        builder.environment().put("SAMENSPEL_NETWORK_PORT", String.valueOf(freePort()));
        builder.environment().put("SAMENSPEL_COORDINATOR_PORT", String.valueOf(freePort()));
        builder.environment().put("SAMENSPEL_SIGNALLING_PORT", String.valueOf(freePort()));
        Path log = Files.createTempFile(data.getParent(), "local-run", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        try {
            Await.until(Duration.ofSeconds(180), "the platform says it is running",
                    () -> !process.isAlive() || read(log).stream().anyMatch(line -> line.contains("Samenspel is running")));
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s of SIGTERM").isTrue();
        } finally {
            process.destroyForcibly();
        }
        List<String> lines = read(log);
        assertThat(lines).noneMatch(line -> line.contains("Application run failed"));
        return lines;
    }

    private static List<String> read(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
