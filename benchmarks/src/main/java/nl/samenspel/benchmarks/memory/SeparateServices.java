package nl.samenspel.benchmarks.memory;

import nl.samenspel.local.FreePorts;
import nl.samenspel.local.LocalKafkaBroker;
import nl.samenspel.local.LocalPostgres;
import nl.samenspel.platform.LocalPlatform;
import nl.samenspel.platform.identity.TokenIssuer;
import nl.samenspel.platform.identity.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The three services each in a JVM of its own, started from the jars that are deployed
 * ({@code <service>-<version>-exec.jar}, one container each in compose) with the JVM's default collector, as the
 * image runs them, and a heap cap of {@value #HEAP_CAP_MEGABYTES} MB: twice the target, so a service that needed more
 * than the target shows it in its figures instead of failing. PostgreSQL (its own processes), the Kafka broker and the
 * token issuer are started by this JVM. What one service needs in memory can only be measured apart: the local run's
 * services share one heap.
 */
public final class SeparateServices implements AutoCloseable {

    public static final int HEAP_CAP_MEGABYTES = 1024;
    /** The service modules; the benchmark's {@code Api} knows each one by the first word of its name. */
    private static final List<String> MODULES = List.of("network-service", "coordinator-service", "signalling-service");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** By instance name: the module's, followed by {@code #2}, {@code #3}... for the second and later instances. */
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    /** Stops the service JVMs if the benchmark is interrupted (Ctrl-C) before {@link #close()}. */
    private final Thread stopOnExit = new Thread(() -> processes.values().forEach(Process::destroy), "stop-service-jvms");
    private LocalPostgres postgres;
    private LocalKafkaBroker kafka;
    private TokenIssuer issuer;

    private SeparateServices() {
    }

    /**
     * Starts the infrastructure here and the three service JVMs, and returns once all three are ready. The jars are
     * looked for in the service modules' {@code target} folders of the checkout this runs in.
     *
     * @param logFolder where each service's output goes ({@code <module>.log})
     */
    public static SeparateServices start(Path logFolder) {
        return start(logFolder, 1);
    }

    /**
     * As {@link #start(Path)}, with {@code instances} JVMs of each service on the same PostgreSQL and Kafka: the
     * instances of a service share its schema, its processors' tokens and its consumer groups, as replicas do.
     */
    public static SeparateServices start(Path logFolder, int instances) {
        Path checkout = checkout();
        SeparateServices services = new SeparateServices();
        Runtime.getRuntime().addShutdownHook(services.stopOnExit);
        try {
            services.postgres = LocalPostgres.start(0, null);
            services.kafka = LocalKafkaBroker.create(0, null).start();
            services.issuer = TokenIssuer.start(0, null);
            Files.createDirectories(logFolder);
            for (String module : MODULES) {
                for (int instance = 1; instance <= instances; instance++) {
                    services.launch(module, instance == 1 ? module : module + "#" + instance, checkout, logFolder);
                }
            }
            List.copyOf(services.processes.keySet()).forEach(services::awaitReady);
            return services;
        } catch (IOException | RuntimeException e) {
            services.close();
            throw new IllegalStateException("The services did not start in JVMs of their own: " + e.getMessage(), e);
        }
    }

    /** The HTTP port of each service, by the name the benchmark's {@code Api} uses. */
    public Map<String, Integer> ports() {
        Map<String, Integer> byApiName = new LinkedHashMap<>();
        instancePorts().forEach((service, instances) -> byApiName.put(service, instances.get(0)));
        return byApiName;
    }

    /** The HTTP ports of each service's instances, by the name the benchmark's {@code Api} uses. */
    public Map<String, List<Integer>> instancePorts() {
        Map<String, List<Integer>> byApiName = new LinkedHashMap<>();
        ports.forEach((instance, port) -> byApiName.computeIfAbsent(instance.substring(0, instance.indexOf('-')),
                service -> new ArrayList<>()).add(port));
        return byApiName;
    }

    /** Each service instance's JVM, by module name ({@code #2}... after it for further instances). */
    public Map<String, ProcessHandle> jvms() {
        Map<String, ProcessHandle> jvms = new LinkedHashMap<>();
        processes.forEach((module, process) -> jvms.put(module, process.toHandle()));
        return jvms;
    }

    public Tokens tokens() {
        return new Tokens(issuer);
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    private void launch(String module, String instance, Path checkout, Path logFolder) {
        int port = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_CAP_MEGABYTES + "m", "-Daxoniq.update-checker.disabled=true",
                "-jar", jarOf(module, checkout).toString(), "--spring.main.banner-mode=off"));
        command.addAll(LocalPlatform.serviceArguments(port, postgres, kafka, issuer));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFolder.resolve(instance.replace('#', '-') + ".log").toFile()).start();
            processes.put(instance, process);
            ports.put(instance, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + instance, e);
        }
    }

    /** The working directory or the first folder above it that holds the service modules. */
    private static Path checkout() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve(MODULES.get(0)))) {
                return folder;
            }
        }
        throw new IllegalStateException("Run the benchmark inside the Samenspel checkout (./run-benchmarks.sh): the"
                + " service jars are taken from its modules' target folders");
    }

    private static Path jarOf(String module, Path checkout) {
        Path target = checkout.resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches(module + "-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + module + " jar in " + target
                            + "; build it first: ./mvnw -pl benchmarks -am package -DskipTests"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look for the " + module + " jar in " + target, e);
        }
    }

    private void awaitReady(String module) {
        Process process = processes.get(module);
        URI readiness = URI.create("http://127.0.0.1:" + ports.get(module) + "/actuator/health/readiness");
        long until = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " stopped while starting (exit " + process.exitValue()
                        + "); see its log");
            }
            if (isReady(readiness)) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(module + " not ready within " + START_TIMEOUT + "; see its log");
    }

    private static boolean isReady(URI readiness) {
        try {
            return HTTP.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the services", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the services", e);
        }
    }

    /** Fails when a service's JVM has ended: its figures would stop at the moment it died. */
    public void requireAllRunning() {
        processes.forEach((module, process) -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " ended during the load (exit " + process.exitValue()
                        + "); see its log");
            }
        });
    }

    /** Stops the services with SIGTERM (so they finish their work), then the issuer, Kafka and PostgreSQL. */
    @Override
    public void close() {
        try {
            stopServices();
        } finally {
            try {
                if (issuer != null) {
                    issuer.close();
                }
            } finally {
                try {
                    if (kafka != null) {
                        kafka.close();
                    }
                } finally {
                    if (postgres != null) {
                        postgres.close();
                    }
                }
            }
        }
    }

    private void stopServices() {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // Called from a shutdown: the hook runs or has run anyway.
        }
    }
}
