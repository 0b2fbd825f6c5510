package nl.samenspel.platform.identity;

import nl.samenspel.local.FreePorts;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The local run's identity provider: Spring Authorization Server in a Spring context of its own, issuing JWTs for
 * the demo accounts of {@code identity.yml} with issuer {@code http://localhost:<port>}, audience {@code samenspel}
 * and the security contract's claims. The services validate them against its JWK set.
 */
public final class TokenIssuer implements AutoCloseable {

    /** Where the web console receives the authorization code (Spring Security's default for registration {@code samenspel}). */
    public static final String CONSOLE_REDIRECT_PATH = "/login/oauth2/code/samenspel";

    private final ConfigurableApplicationContext context;
    private final int port;

    private TokenIssuer(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    /**
     * Starts the issuer.
     *
     * @param port       its HTTP port; 0 picks a free one (the issuer's name contains the port, so it is chosen up front)
     * @param keyFolder  where the signing key is kept across restarts; {@code null} for a key that lives with the JVM
     */
    public static TokenIssuer start(int port, Path keyFolder) {
        return start(port, keyFolder, null);
    }

    /**
     * Starts the issuer for a web console at {@code consoleAddress} (e.g. {@code http://127.0.0.1:8080}), where it
     * sends people back after logging in and out; {@code null} keeps {@code identity.yml}'s address.
     */
    public static TokenIssuer start(int port, Path keyFolder, String consoleAddress) {
        int chosen = port == 0 ? FreePorts.next() : port;
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + chosen,
                "--samenspel.identity.issuer=http://localhost:" + chosen,
                "--samenspel.identity.key-folder=" + (keyFolder == null ? "" : keyFolder.toAbsolutePath())));
        if (consoleAddress != null) {
            arguments.add("--samenspel.identity.console.redirect-uri=" + consoleAddress + CONSOLE_REDIRECT_PATH);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IssuerConfiguration.class)
                .web(WebApplicationType.SERVLET)
                // Stopped by whoever started it (the local platform, in order), not by a JVM hook of its own.
                .registerShutdownHook(false)
                .properties("spring.config.name=identity", "logging.register-shutdown-hook=false")
                .run(arguments.toArray(String[]::new));
        return new TokenIssuer(context, chosen);
    }

    /** The people who can log in to the web console. */
    public List<DemoPerson> demoPeople() {
        return context.getBean(IdentitySettings.class).people();
    }

    /** The web console's client registration. */
    public ConsoleClient consoleClient() {
        return context.getBean(IdentitySettings.class).console();
    }

    /** The issuer as tokens name it ({@code iss}) and the services expect it. */
    public String issuerUri() {
        return "http://localhost:" + port;
    }

    public String jwkSetUri() {
        return issuerUri() + "/oauth2/jwks";
    }

    public String tokenUri() {
        return issuerUri() + "/oauth2/token";
    }

    public int port() {
        return port;
    }

    /** The demo accounts of {@code identity.yml}. */
    public List<DemoAccount> demoAccounts() {
        return context.getBean(IdentitySettings.class).accounts();
    }

    /**
     * Adds an account for this JVM's lifetime, e.g. for an organisation a test or the benchmark created. Not reachable
     * over HTTP: only code in the platform's own JVM can add accounts.
     */
    public void register(DemoAccount account) {
        context.getBean(InMemoryRegisteredClientRepository.class)
                .save(IssuerConfiguration.client(account, context.getBean(IdentitySettings.class).tokenLifetime()));
    }

    /** The client secret as the issuer holds it now, with its encoding's prefix. */
    String storedSecret(String clientId) {
        return context.getBean(InMemoryRegisteredClientRepository.class).findByClientId(clientId).getClientSecret();
    }

    @Override
    public void close() {
        context.close();
    }
}
