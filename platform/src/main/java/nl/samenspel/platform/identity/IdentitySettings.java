package nl.samenspel.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * The issuer's accounts, people and token lifetime ({@code identity.yml}).
 *
 * @param tokenLifetime how long an access token is valid
 * @param accounts      the demo machine accounts (client credentials), one per role
 * @param people        the demo people who log in to the web console
 * @param console       the web console's client registration
 */
@ConfigurationProperties("samenspel.identity")
record IdentitySettings(Duration tokenLifetime, List<DemoAccount> accounts, List<DemoPerson> people, ConsoleClient console) {
}
