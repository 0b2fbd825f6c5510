package nl.samenspel.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * The issuer's accounts and token lifetime ({@code identity.yml}).
 *
 * @param tokenLifetime how long an access token is valid
 * @param accounts      the demo accounts, one per role
 */
@ConfigurationProperties("samenspel.identity")
record IdentitySettings(Duration tokenLifetime, List<DemoAccount> accounts) {
}
