package nl.samenspel.notification.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import nl.samenspel.notification.NotificationProperties;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signature a receiver checks, verified with the Standard Webhooks reference library. */
class WebhookSignatureTest {

    private static final SigningSecrets SECRETS = new SigningSecrets(new NotificationProperties(false,
            SigningSecrets.LOCAL_DEFAULT, "o", 5, null, null));
    private static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"type\":\"nl.samenspel.coordinator.case-offered.v1\"}";

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }

    private static String signature(List<String> secrets, String id, long timestamp, String body) {
        return WebhookSignature.header(secrets, id, timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentedSignatureVerifiesWithTheReferenceLibrary() {
        String secret = SECRETS.generate();
        long now = Instant.now().getEpochSecond();

        assertThat(secret).startsWith("whsec_");
        assertThatNoException().isThrownBy(() -> new Webhook(secret)
                .verify(BODY, headers("e-1", now, signature(List.of(secret), "e-1", now, BODY))));
    }

    @Test
    void aChangedBodyAnOldTimestampOrAnotherSecretFailsVerification() {
        String secret = SECRETS.generate();
        long now = Instant.now().getEpochSecond();
        Webhook receiver = new Webhook(secret);

        assertThatThrownBy(() -> receiver.verify(BODY.replace("e-1", "e-2"),
                headers("e-1", now, signature(List.of(secret), "e-1", now, BODY))))
                .isInstanceOf(WebhookVerificationException.class);
        long hourAgo = now - 3600;
        assertThatThrownBy(() -> receiver.verify(BODY, headers("e-1", hourAgo, signature(List.of(secret), "e-1", hourAgo, BODY))))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> receiver.verify(BODY,
                headers("e-1", now, signature(List.of(SECRETS.generate()), "e-1", now, BODY))))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> receiver.verify(BODY, headers("e-2", now, signature(List.of(secret), "e-1", now, BODY))))
                .as("the id is signed too").isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void duringARotationTheOldAndTheNewSecretBothVerify() {
        String previous = SECRETS.generate();
        String current = SECRETS.generate();
        long now = Instant.now().getEpochSecond();
        String both = signature(List.of(current, previous), "e-1", now, BODY);

        assertThat(both.split(" ")).hasSize(2).allMatch(part -> part.startsWith("v1,"));
        assertThatNoException().isThrownBy(() -> new Webhook(previous).verify(BODY, headers("e-1", now, both)));
        assertThatNoException().isThrownBy(() -> new Webhook(current).verify(BODY, headers("e-1", now, both)));
    }

    @Test
    void aSealedSecretOpensOnlyForItsOwnSubscription() {
        java.util.UUID one = java.util.UUID.randomUUID();
        String secret = SECRETS.generate();
        byte[] sealed = SECRETS.seal(one, secret);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(secret.substring(6));
        assertThat(SECRETS.unseal(one, sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> SECRETS.unseal(java.util.UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
    }
}
