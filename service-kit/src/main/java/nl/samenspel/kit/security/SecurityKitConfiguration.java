package nl.samenspel.kit.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Every service is an OAuth2 resource server: each request needs a bearer JWT whose signature (the issuer's
 * JWK set), issuer, audience ({@code samenspel}) and lifetime Spring Security checks against
 * {@code spring.security.oauth2.resourceserver.jwt.*}. Only health, info and the API description are open.
 * Controllers state the roles of each endpoint with {@code @PreAuthorize} ({@link Access}) and compare the
 * {@link Caller} with what is asked for. Sessions are not kept: every request carries its token.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@EnableMethodSecurity
public class SecurityKitConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    public SecurityFilterChain samenspelSecurity(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        SecurityProblems problems = new SecurityProblems(objectMapper);
        return http
                // Bearer tokens are not sent by browsers on their own, so cross-site request forgery does not apply.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers("/actuator/**", "/operations/**").hasRole(CallerRole.ADMINISTRATOR.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(SecurityKitConfiguration::authenticate))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /**
     * The filter chain's paths are matched as path patterns on the request itself. Without this bean Spring Security
     * matches each of them through Spring MVC's handler mappings, for every request and matcher.
     */
    @Bean
    public static PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * Spring Security's own observations are off: they wrap every filter of the chain, the authentication and the
     * authorisation of each request in an observation with its timers. The request as a whole is still observed
     * ({@code http.server.requests}), which is what the dashboards use.
     */
    @Bean
    public static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's firewall answers a refused URL with this instead of a bare 400 (WebSecurity looks it up). */
    @Bean
    public RequestRejectedHandler samenspelRequestRejected(ObjectMapper objectMapper) {
        return new SecurityProblems(objectMapper)::rejected;
    }

    /** The token's role becomes the authority {@code ROLE_<ROLE>}; a token that does not say who acts is refused. */
    private static AbstractAuthenticationToken authenticate(Jwt token) {
        Caller caller = Caller.from(token);
        return new JwtAuthenticationToken(token, List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())),
                caller.subject());
    }

    @Bean
    public WebMvcConfigurer callerParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
