package nl.samenspel.platform;

import nl.samenspel.console.ConsoleApplication;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.kit.SamenspelService;
import nl.samenspel.local.FreePorts;
import nl.samenspel.local.LocalKafkaBroker;
import nl.samenspel.local.LocalMailServer;
import nl.samenspel.local.LocalPostgres;
import nl.samenspel.network.NetworkApplication;
import nl.samenspel.notification.NotificationApplication;
import nl.samenspel.platform.identity.TokenIssuer;
import nl.samenspel.platform.identity.Tokens;
import nl.samenspel.signalling.SignallingApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The whole platform in one JVM: a real PostgreSQL (embedded binaries), a real Kafka broker (KRaft), a token issuer
 * (Spring Authorization Server), the four services and the web console, each in its own Spring context with its own
 * configuration file, schema and HTTP port. They talk to each other only through Kafka, and accept only the issuer's tokens,
 * exactly as in a deployment.
 */
public final class LocalPlatform implements AutoCloseable {

    /** The local run's mail server: SMTP for the notification-service, IMAP to read the alerts. */
    static final int LOCAL_SMTP_PORT = 3025;
    static final int LOCAL_IMAP_PORT = 3143;

    private final PlatformSettings settings;
    /** Everything started so far, in the order started; stopped in reverse. */
    private final List<AutoCloseable> parts = new ArrayList<>();
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::close, "samenspel-shutdown");
    private LocalPostgres postgres;
    private LocalKafkaBroker kafka;
    private LocalMailServer mail;
    private TokenIssuer issuer;
    private Tokens tokens;
    private boolean closed;

    private LocalPlatform(PlatformSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        long started = System.nanoTime();
        LocalPlatform platform = start(PlatformSettings.fromEnvironment(System.getenv()));
        platform.printWhatRunsWhere((System.nanoTime() - started) / 1_000_000_000.0);
    }

    /**
     * Starts PostgreSQL, Kafka and the token issuer, then the four services and the web console; returns when all are
     * up. The platform stops, in order, when it is closed or the JVM ends (Ctrl-C, SIGTERM): its shutdown hook is the
     * only one; neither the contexts nor PostgreSQL register their own, which would stop everything at once.
     */
    public static LocalPlatform start(PlatformSettings settings) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        LocalPlatform platform = new LocalPlatform(settings);
        // Registered before anything starts, so Ctrl-C while starting still stops what is up, in order.
        Runtime.getRuntime().addShutdownHook(platform.shutdownHook);
        try {
            platform.postgres = platform.started(() -> LocalPostgres.startStoppedByOwner(settings.postgresPort(),
                    settings.dataFolder() == null ? null : settings.dataFolder().resolve("postgres")));
            platform.kafka = platform.started(() -> LocalKafkaBroker.create(settings.kafkaPort(),
                    settings.dataFolder() == null ? null : settings.dataFolder().resolve("kafka")).start());
            // The issuer first: the services check tokens against its JWK set. One context after the other, because
            // Spring Boot initialises the JVM-wide logging system per application, which is not thread-safe.
            int consolePort = settings.consolePort() == 0 ? FreePorts.next() : settings.consolePort();
            platform.issuer = platform.started(() -> ServiceThreads.start("token-issuer", () -> TokenIssuer.start(
                    settings.issuerPort(), settings.dataFolder() == null ? null : settings.dataFolder().resolve("identity"),
                    consoleAddress(consolePort))));
            platform.tokens = new Tokens(platform.issuer);
            platform.startService(NetworkApplication.class, settings.networkPort(),
                    "--samenspel.network.seed-demo-region=" + settings.seedDemoRegion());
            platform.startService(CoordinatorApplication.class, settings.coordinatorPort());
            platform.startService(SignallingApplication.class, settings.signallingPort());
            // Alert mails go to an SMTP server in this JVM; the local run's on known ports, a throw-away one's on free ones.
            platform.mail = platform.started(() -> settings.dataFolder() == null ? LocalMailServer.start(0, 0)
                    : LocalMailServer.start(LOCAL_SMTP_PORT, LOCAL_IMAP_PORT));
            // On this machine webhook receivers are local programs: plain http to loopback is allowed.
            platform.startService(NotificationApplication.class, settings.notificationPort(),
                    "--samenspel.notification.local-mode=true",
                    "--spring.mail.host=" + platform.mail.host(),
                    "--spring.mail.port=" + platform.mail.smtpPort(),
                    "--samenspel.notification.email.console-url=" + consoleAddress(consolePort));
            platform.startConsole(consolePort);
        } catch (RuntimeException e) {
            platform.close();
            throw new IllegalStateException("The platform did not start", e);
        }
        return platform;
    }

    /**
     * Starts one part, unless the platform is stopping already; a stop that comes meanwhile waits for it, so that it
     * stops this part too.
     */
    private synchronized <T extends AutoCloseable> T started(Supplier<T> part) {
        if (closed) {
            throw new IllegalStateException("The platform was stopped while it started");
        }
        T started = part.get();
        parts.add(started);
        return started;
    }

    private void startService(Class<?> application, int port, String... extraArguments) {
        List<String> arguments = serviceArguments(port, postgres, kafka, issuer);
        arguments.addAll(List.of(extraArguments));
        String name = application.getAnnotation(SamenspelService.class).value();
        services.add(started(() -> ServiceThreads.start(name, () -> new SpringApplicationBuilder(application)
                .registerShutdownHook(false).run(arguments.toArray(String[]::new)))));
    }

    /** The web console, last: it calls the services' APIs and logs people in at the issuer. */
    private void startConsole(int port) {
        services.add(started(() -> ServiceThreads.start("web-console", () -> ConsoleApplication.builder()
                .registerShutdownHook(false).run(
                "--server.port=" + port,
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.security.oauth2.client.provider.samenspel.issuer-uri=" + issuer.issuerUri(),
                "--spring.security.oauth2.client.registration.samenspel.client-id=" + issuer.consoleClient().clientId(),
                "--spring.security.oauth2.client.registration.samenspel.client-secret=" + issuer.consoleClient().secret(),
                "--samenspel.console.network-url=" + serviceAddress(NetworkApplication.class),
                "--samenspel.console.coordinator-url=" + serviceAddress(CoordinatorApplication.class),
                "--samenspel.console.signalling-url=" + serviceAddress(SignallingApplication.class),
                "--samenspel.console.notification-url=" + serviceAddress(NotificationApplication.class),
                "--logging.register-shutdown-hook=false"))));
    }

    private String serviceAddress(Class<?> application) {
        return "http://127.0.0.1:" + services.stream().filter(context -> context.getBeanNamesForType(application).length > 0)
                .findFirst().orElseThrow().getEnvironment().getProperty("local.server.port");
    }

    /** The console's address: on 127.0.0.1, while the issuer is on localhost, so their cookies stay apart. */
    private static String consoleAddress(int port) {
        return "http://127.0.0.1:" + port;
    }

    /** Where people open the web console. */
    public String consoleUri() {
        return consoleAddress(portOf(ConsoleApplication.class));
    }

    /**
     * The command-line arguments that point a service at this machine's PostgreSQL, Kafka and token issuer, for a
     * service started in this JVM or in a JVM of its own.
     */
    public static List<String> serviceArguments(int port, LocalPostgres postgres, LocalKafkaBroker kafka, TokenIssuer issuer) {
        return new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.issuerUri(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer.jwkSetUri(),
                // The issuer's and the web console's libraries are on the platform's classpath; a service is no
                // authorization server and keeps no HTTP sessions or templates.
                "--spring.autoconfigure.exclude="
                        + "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration,"
                        + "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration,"
                        + "org.springframework.boot.autoconfigure.session.SessionAutoConfiguration,"
                        + "org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration",
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                // The logging system outlives the services: whoever stops them logs to the end.
                "--logging.register-shutdown-hook=false"));
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The broker itself, so fault tests can stop and start it. */
    public LocalKafkaBroker kafka() {
        return kafka;
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    /** The mail server the notification-service sends its alerts to. */
    public LocalMailServer mail() {
        return mail;
    }

    /** The token issuer, e.g. its {@link TokenIssuer#issuerUri()}. */
    public TokenIssuer issuer() {
        return issuer;
    }

    /** Access tokens by role from the platform's issuer (accounts for other organisations are added on first use). */
    public Tokens tokens() {
        return tokens;
    }

    /** The HTTP port a service actually listens on (useful when started with port 0). */
    public int portOf(Class<?> application) {
        return Integer.parseInt(contextOf(application).getEnvironment().getProperty("local.server.port", "-1"));
    }

    /** A service's Spring context, e.g. to reach its Axon event processors. */
    public ConfigurableApplicationContext contextOf(Class<?> application) {
        return services.stream()
                .filter(context -> context.getBeanNamesForType(application).length > 0)
                .findFirst()
                .orElseThrow();
    }

    void printWhatRunsWhere(double seconds) {
        String data = settings.dataFolder() == null ? "(temporary)" : settings.dataFolder().toString();
        System.out.printf("""

                ================================================================================
                 Samenspel is running (started in %.1f s). Ctrl-C stops everything.
                --------------------------------------------------------------------------------
                 network-service      http://127.0.0.1:%d   (OpenAPI: /swagger-ui.html)
                 coordinator-service  http://127.0.0.1:%d
                 signalling-service   http://127.0.0.1:%d
                 notification-service http://127.0.0.1:%d   (webhooks and feeds)
                 web console          %s   (log in as a demo person below)
                 token issuer         %s   (demo accounts: see README, "Getting a token")
                 Kafka                %s   (e.g. kcat -b %s -L)
                 Alert mail (IMAP)    imap://127.0.0.1:%d   (log in with the alert address, any password)
                 PostgreSQL           %s   (user/password postgres/postgres)
                 Data kept in         %s
                ================================================================================

                """, seconds, portOf(NetworkApplication.class), portOf(CoordinatorApplication.class),
                portOf(SignallingApplication.class), portOf(NotificationApplication.class), consoleUri(), issuer.issuerUri(), kafka.bootstrapServers(),
                kafka.bootstrapServers(), mail.imapPort(), postgres.jdbcUrl(), data);
        System.out.println(" Demo logins for the web console (user name, role, who):");
        issuer.demoPeople().forEach(person -> System.out.printf("   %-15s %-10s %s   password: %s%n", person.username(),
                person.role(), person.displayName(), person.password()));
        System.out.println("================================================================================\n");
    }

    /**
     * Stops what works on its own first, in every service: event processors, Kafka consumers, schedulers and web
     * servers (each context's lifecycle beans), so nothing is halfway when the rest goes. Then the services, the
     * issuer, Kafka and, last, PostgreSQL. Closing again does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException alreadyShuttingDown) {
            // Called from the hook itself, or by another hook while the JVM ends: nothing to unregister.
        }
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
        }
        RuntimeException failed = null;
        for (int i = parts.size() - 1; i >= 0; i--) {
            try {
                parts.get(i).close();
            } catch (Exception e) {
                // Stop the rest all the same; report every part that did not stop.
                failed = failed == null ? new IllegalStateException("Not everything stopped cleanly") : failed;
                failed.addSuppressed(e);
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
