package nl.samenspel.platform.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;

import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Spring Authorization Server as the local run needs it: the token endpoint ({@code /oauth2/token}, client
 * credentials with HTTP Basic or form secrets), the JWK set ({@code /oauth2/jwks}), the server metadata
 * ({@code /.well-known/oauth-authorization-server}, {@code /.well-known/openid-configuration}), and for the web
 * console OpenID Connect login of people with a login form, authorization code with PKCE and logout. A context of its own with only web and security
 * auto-configuration: the services' kit (Axon, Kafka, PostgreSQL) is on the same classpath but not wanted here.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, SecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
@EnableConfigurationProperties(IdentitySettings.class)
class IssuerConfiguration {

    /** The audience every Samenspel service expects. */
    static final String AUDIENCE = "samenspel";
    private static final String CLAIMS = "samenspel.claims";

    /**
     * The issuer's endpoints. A browser that is not logged in is sent to the login form; the session it gets there
     * carries the login to the authorization endpoint (client credentials need no session and get none).
     */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        return http
                .securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .build();
    }

    /** The login form for people ({@link DemoPerson}). */
    @Bean
    @Order(2)
    SecurityFilterChain login(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .build();
    }

    /**
     * Demo secrets and passwords are kept as given ({@code {noop}}) and stay so. Spring's default encoder would
     * "upgrade" each to a BCrypt hash at its first check, and from then on every token request and login would cost a
     * BCrypt hash (about 100 ms of CPU): the local run's stand-in identity provider would then take more CPU than the
     * services it serves tokens for.
     */
    @Bean
    @SuppressWarnings("deprecation") // NoOpPasswordEncoder is deprecated as a warning against real use; these are demo secrets.
    PasswordEncoder demoSecrets() {
        return new DelegatingPasswordEncoder("noop", Map.of("noop", NoOpPasswordEncoder.getInstance()));
    }

    @Bean
    LoginPage loginPage() {
        return new LoginPage();
    }

    @Bean
    UserDetailsService peopleLogin(IdentitySettings settings) {
        return new InMemoryUserDetailsManager(peopleOf(settings).stream()
                .map(person -> User.withUsername(person.username()).password("{noop}" + person.password())
                        .roles(person.role().toUpperCase(Locale.ROOT)).build())
                .toList());
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${samenspel.identity.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    @Bean
    InMemoryRegisteredClientRepository registeredClients(IdentitySettings settings) {
        List<RegisteredClient> clients = new ArrayList<>(settings.accounts().stream()
                .map(account -> client(account, settings.tokenLifetime())).toList());
        if (settings.console() != null) {
            clients.add(console(settings.console(), settings.tokenLifetime()));
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(@Value("${samenspel.identity.key-folder:}") String keyFolder) {
        RSAKey key = SigningKey.loadOrCreate(keyFolder.isEmpty() ? null : Path.of(keyFolder));
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** Reads the issuer's own tokens at the OpenID Connect user-info endpoint. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
    }

    /**
     * Access tokens are for audience {@value #AUDIENCE} and carry the contract claims of whoever they are for: a
     * machine account's own (client credentials), or the logged-in person's (authorization code, refresh), which the
     * ID token carries too so the console knows whom it serves.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> contractClaims(IdentitySettings settings) {
        Map<String, DemoPerson> people = peopleOf(settings).stream()
                .collect(Collectors.toMap(DemoPerson::username, person -> person));
        return context -> {
            boolean machine = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType());
            Map<String, Object> claims = machine
                    ? context.getRegisteredClient().getClientSettings().getSetting(CLAIMS)
                    : Optional.ofNullable(people.get(context.getPrincipal().getName())).map(DemoPerson::claims)
                            .orElseThrow(() -> new IllegalStateException("No person " + context.getPrincipal().getName()));
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims().audience(List.of(AUDIENCE)).claims(all -> all.putAll(claims));
            } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims().claims(all -> all.putAll(claims));
            }
        };
    }

    private static List<DemoPerson> peopleOf(IdentitySettings settings) {
        return settings.people() == null ? List.of() : settings.people();
    }

    /** The web console: a confidential client that must use PKCE, logging people in without a consent screen. */
    static RegisteredClient console(ConsoleClient console, Duration tokenLifetime) {
        String consoleAddress = console.redirectUri().substring(0, console.redirectUri().indexOf("/login/"));
        return RegisteredClient.withId(console.clientId())
                .clientId(console.clientId())
                .clientSecret("{noop}" + console.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(console.redirectUri())
                .postLogoutRedirectUri(consoleAddress + "/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
                .build();
    }

    static RegisteredClient client(DemoAccount account, Duration tokenLifetime) {
        return RegisteredClient.withId(account.clientId())
                .clientId(account.clientId())
                // Demo secrets, kept as they are: there is nothing here worth hashing them for.
                .clientSecret("{noop}" + account.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder().setting(CLAIMS, account.claims()).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
                .build();
    }
}
