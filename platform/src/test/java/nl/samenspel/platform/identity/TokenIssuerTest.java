package nl.samenspel.platform.identity;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local issuer checks a demo account's secret as given, token after token, and refuses a wrong one. */
class TokenIssuerTest {

    private static TokenIssuer issuer;

    @BeforeAll
    static void start() {
        issuer = TokenIssuer.start(0, null, null);
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    @Test
    void aDemoSecretStaysAsGivenAfterItsChecks() {
        String clientId = "test-organisation-" + UUID.randomUUID();
        issuer.register(new DemoAccount(clientId, "demo-secret", "organisation", UUID.randomUUID().toString(), null, null));

        // A client of its own each time, so that each asks the issuer instead of reusing the token it holds.
        for (int request = 0; request < 3; request++) {
            assertThat(new TokenClient(issuer.issuerUri(), Clock.systemUTC()).token(clientId, "demo-secret")).isNotBlank();
        }

        // Spring's default would have replaced it by a BCrypt hash at the first check, making every later check cost one.
        assertThat(issuer.storedSecret(clientId)).isEqualTo("{noop}demo-secret");
        assertThatThrownBy(() -> new TokenClient(issuer.issuerUri(), Clock.systemUTC()).token(clientId, "another-secret"))
                .hasMessageContaining("refused a token").hasMessageContaining("401");
    }
}
