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
import org.springframework.security.config.http.SessionCreationPolicy;
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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Spring Authorization Server as the local run needs it: the token endpoint ({@code /oauth2/token}, client
 * credentials with HTTP Basic or form secrets), the JWK set ({@code /oauth2/jwks}) and the server metadata
 * ({@code /.well-known/oauth-authorization-server}). A context of its own with only web and security
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

    @Bean
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        return http
                .securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${samenspel.identity.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    @Bean
    InMemoryRegisteredClientRepository registeredClients(IdentitySettings settings) {
        return new InMemoryRegisteredClientRepository(settings.accounts().stream()
                .map(account -> client(account, settings.tokenLifetime())).toList());
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(@Value("${samenspel.identity.key-folder:}") String keyFolder) {
        RSAKey key = SigningKey.loadOrCreate(keyFolder.isEmpty() ? null : Path.of(keyFolder));
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** Access tokens are for audience {@value #AUDIENCE} and carry the account's contract claims. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> contractClaims() {
        return context -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                Map<String, Object> claims = context.getRegisteredClient().getClientSettings().getSetting(CLAIMS);
                context.getClaims().audience(List.of(AUDIENCE)).claims(all -> all.putAll(claims));
            }
        };
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
