package nl.samenspel.coordinator.vault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The master key ({@code samenspel.vault.master-key}: 256 bits, base64) that wraps every resident's data key.
 * The service refuses to start with a malformed key; the checked-in default is for the local run and tests only.
 */
@Component
class MasterKey {

    /** The default in coordinator-service.yml; production sets SAMENSPEL_VAULT_MASTER_KEY instead. */
    static final String LOCAL_DEFAULT = "c2FtZW5zcGVsLWxvY2FsLW9ubHktbWFzdGVyLWtleSE=";

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

    private final SecretKey key;

    MasterKey(@Value("${samenspel.vault.master-key}") String encoded) {
        this.key = parse(encoded);
        if (LOCAL_DEFAULT.equals(encoded.trim())) {
            log.warn("The personal-data vault uses the local-run master key; set samenspel.vault.master-key in production.");
        }
    }

    static SecretKey parse(String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded == null ? "" : encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("samenspel.vault.master-key is not valid base64.");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("samenspel.vault.master-key must be 256 bits (32 bytes, base64), not "
                    + bytes.length * 8 + " bits.");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    byte[] wrap(SecretKey dataKey, String keyId) {
        return AesGcm.encrypt(key, dataKey.getEncoded(), keyId.getBytes(StandardCharsets.UTF_8));
    }

    SecretKey unwrap(byte[] wrapped, String keyId) {
        try {
            return new SecretKeySpec(AesGcm.decrypt(key, wrapped, keyId.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Data key " + keyId + " cannot be unwrapped: was the master key changed?");
        }
    }
}
