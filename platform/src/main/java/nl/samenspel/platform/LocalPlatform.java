package nl.samenspel.platform;

import nl.samenspel.console.ConsoleApplication;
import nl.samenspel.coordinator.CoordinatorApplication;
import nl.samenspel.local.FreePorts;
import nl.samenspel.local.LocalKafkaBroker;
import nl.samenspel.local.LocalPostgres;
import nl.samenspel.network.NetworkApplication;
import nl.samenspel.platform.identity.TokenIssuer;
import nl.samenspel.platform.identity.Tokens;
import nl.samenspel.signalling.SignallingApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole platform in one JVM: a real PostgreSQL (embedded binaries), a real Kafka broker (KRaft), a token issuer
 * (Spring Authorization Server), the three services and the web console, each in its own Spring context with its own
 * configuration file, schema and HTTP port. They talk to each other only through Kafka, and accept only the issuer's tokens,
 * exactly as in a deployment.
 */
public final class LocalPlatform implements AutoCloseable {

    private final PlatformSettings settings;
    private final LocalPostgres postgres;
    private final LocalKafkaBroker kafka;
    private final TokenIssuer issuer;
    private final List<ConfigurableApplicationContext> services;
    private final Tokens tokens;

    private LocalPlatform(PlatformSettings settings, LocalPostgres postgres, LocalKafkaBroker kafka, TokenIssuer issuer,
                          List<ConfigurableApplicationContext> services) {
        this.settings = settings;
        this.postgres = postgres;
        this.kafka = kafka;
        this.issuer = issuer;
        this.services = services;
        this.tokens = new Tokens(issuer);
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        long started = System.nanoTime();
        LocalPlatform platform = start(PlatformSettings.fromEnvironment(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "samenspel-shutdown"));
        platform.printWhatRunsWhere((System.nanoTime() - started) / 1_000_000_000.0);
    }

    /** Starts PostgreSQL, Kafka and the token issuer, then the three services and the web console; returns when all are up. */
    public static LocalPlatform start(PlatformSettings settings) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        LocalPostgres postgres = LocalPostgres.start(settings.postgresPort(),
                settings.dataFolder() == null ? null : settings.dataFolder().resolve("postgres"));
        LocalKafkaBroker kafka = LocalKafkaBroker.create(settings.kafkaPort(),
                settings.dataFolder() == null ? null : settings.dataFolder().resolve("kafka")).start();
        TokenIssuer issuer = null;
        List<ConfigurableApplicationContext> services = new ArrayList<>();
        try {
            // The issuer first: the services check tokens against its JWK set. One context after the other, because
            // Spring Boot initialises the JVM-wide logging system per application, which is not thread-safe.
            int consolePort = settings.consolePort() == 0 ? FreePorts.next() : settings.consolePort();
            issuer = TokenIssuer.start(settings.issuerPort(),
                    settings.dataFolder() == null ? null : settings.dataFolder().resolve("identity"), consoleAddress(consolePort));
            services.add(startService(NetworkApplication.class, settings.networkPort(), postgres, kafka, issuer,
                    "--samenspel.network.seed-demo-region=" + settings.seedDemoRegion()));
            services.add(startService(CoordinatorApplication.class, settings.coordinatorPort(), postgres, kafka, issuer));
            services.add(startService(SignallingApplication.class, settings.signallingPort(), postgres, kafka, issuer));
            services.add(startConsole(consolePort, postgres, issuer, services));
        } catch (RuntimeException e) {
            services.forEach(ConfigurableApplicationContext::close);
            if (issuer != null) {
                issuer.close();
            }
            kafka.close();
            postgres.close();
            throw new IllegalStateException("The platform did not start", e);
        }
        return new LocalPlatform(settings, postgres, kafka, issuer, services);
    }

    private static ConfigurableApplicationContext startService(Class<?> application, int port,
                                                                                  LocalPostgres postgres,
                                                                                  LocalKafkaBroker kafka,
                                                                                  TokenIssuer issuer,
                                                                                  String... extraArguments) {
        List<String> arguments = serviceArguments(port, postgres, kafka, issuer);
        arguments.addAll(List.of(extraArguments));
        return new SpringApplicationBuilder(application).run(arguments.toArray(String[]::new));
    }

    /** The web console, last: it calls the three services' APIs and logs people in at the issuer. */
    private static ConfigurableApplicationContext startConsole(int port, LocalPostgres postgres, TokenIssuer issuer,
                                                               List<ConfigurableApplicationContext> services) {
        return ConsoleApplication.builder().run(
                "--server.port=" + port,
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.security.oauth2.client.provider.samenspel.issuer-uri=" + issuer.issuerUri(),
                "--spring.security.oauth2.client.registration.samenspel.client-id=" + issuer.consoleClient().clientId(),
                "--spring.security.oauth2.client.registration.samenspel.client-secret=" + issuer.consoleClient().secret(),
                "--samenspel.console.network-url=" + serviceAddress(services, NetworkApplication.class),
                "--samenspel.console.coordinator-url=" + serviceAddress(services, CoordinatorApplication.class),
                "--samenspel.console.signalling-url=" + serviceAddress(services, SignallingApplication.class),
                "--logging.pattern.level=%5p [%X{correlationId:-}]");
    }

    private static String serviceAddress(List<ConfigurableApplicationContext> services, Class<?> application) {
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
                // In the local run the services share one JVM and so one logging system: a service name in the
                // pattern would be whichever started last. Request threads carry the service's port in their name.
                "--logging.pattern.level=%5p [%X{correlationId:-}]"));
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
                 web console          %s   (log in as a demo person below)
                 token issuer         %s   (demo accounts: see README, "Getting a token")
                 Kafka                %s   (e.g. kcat -b %s -L)
                 PostgreSQL           %s   (user/password postgres/postgres)
                 Data kept in         %s
                ================================================================================

                """, seconds, portOf(NetworkApplication.class), portOf(CoordinatorApplication.class),
                portOf(SignallingApplication.class), consoleUri(), issuer.issuerUri(), kafka.bootstrapServers(),
                kafka.bootstrapServers(), postgres.jdbcUrl(), data);
        System.out.println(" Demo logins for the web console (user name, role, who):");
        issuer.demoPeople().forEach(person -> System.out.printf("   %-15s %-10s %s   password: %s%n", person.username(),
                person.role(), person.displayName(), person.password()));
        System.out.println("================================================================================\n");
    }

    /** Stops the services first (so they finish their work), then the issuer, Kafka and PostgreSQL. */
    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        issuer.close();
        kafka.close();
        postgres.close();
    }
}
