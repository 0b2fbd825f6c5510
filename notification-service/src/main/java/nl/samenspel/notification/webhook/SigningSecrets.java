package nl.samenspel.notification.webhook;

import nl.samenspel.kit.crypto.AesGcm;
import nl.samenspel.notification.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Signing secrets in the Standard Webhooks format ({@code whsec_} and 32 random bytes in base64), sealed with
 * AES-256-GCM under the configured key before they are stored, bound to their subscription.
 */
@Component
class SigningSecrets {

    static final String PREFIX = "whsec_";
    /** The default in notification-service.yml; production sets SAMENSPEL_NOTIFICATION_SECRET_KEY instead. */
    static final String LOCAL_DEFAULT = "c2FtZW5zcGVsLWxvY2FsLW9ubHktd2ViaG9vay1rZXk=";

    private static final Logger log = LoggerFactory.getLogger(SigningSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SigningSecrets(NotificationProperties properties) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(properties.secretKey() == null ? "" : properties.secretKey().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("samenspel.notification.secret-key is not valid base64.");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("samenspel.notification.secret-key must be 256 bits (32 bytes, base64), not "
                    + bytes.length * 8 + " bits.");
        }
        if (LOCAL_DEFAULT.equals(properties.secretKey().trim())) {
            log.warn("Webhook secrets are sealed with the local-run key; set samenspel.notification.secret-key in production.");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getEncoder().encodeToString(secret);
    }

    byte[] seal(UUID subscription, String secret) {
        return AesGcm.encrypt(key, secret.getBytes(StandardCharsets.UTF_8), associatedData(subscription));
    }

    String unseal(UUID subscription, byte[] sealed) {
        try {
            return new String(AesGcm.decrypt(key, sealed, associatedData(subscription)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing secret of subscription " + subscription
                    + " cannot be unsealed: samenspel.notification.secret-key is not the key that sealed it.");
        }
    }

    private static byte[] associatedData(UUID subscription) {
        return ("webhook-secret/" + subscription).getBytes(StandardCharsets.UTF_8);
    }
}
