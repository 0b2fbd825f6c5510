package nl.samenspel.local.test;

import nl.samenspel.local.TestInfrastructure;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a service's Spring context at the shared test PostgreSQL, Kafka broker, token issuer and SMTP server:
 * {@code @ContextConfiguration(initializers = LocalInfrastructureInitializer.class)}.
 */
public class LocalInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.datasource.url", TestInfrastructure.jdbcUrl(),
                "spring.datasource.username", TestInfrastructure.dbUser(),
                "spring.datasource.password", TestInfrastructure.dbPassword(),
                "spring.kafka.bootstrap-servers", TestInfrastructure.kafka().bootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokenIssuer.get().issuerUri(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokenIssuer.get().jwkSetUri()));
        // Only a service that sends mail gets (and starts) the mail server.
        if (ClassUtils.isPresent("org.springframework.mail.javamail.JavaMailSender", context.getClassLoader())) {
            properties.put("spring.mail.host", TestInfrastructure.mail().host());
            properties.put("spring.mail.port", TestInfrastructure.mail().smtpPort());
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("samenspel-test-infrastructure", properties));
    }
}
