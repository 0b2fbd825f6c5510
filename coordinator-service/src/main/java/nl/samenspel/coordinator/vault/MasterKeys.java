package nl.samenspel.coordinator.vault;

import nl.samenspel.kit.crypto.AesGcm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The master keys that wrap residents' data keys, by id: the current one wraps new data keys (and is the target of a
 * rewrap), retired ones only unwrap. Each wrapped data key records the id of its master key. The service refuses to
 * start with a malformed key, an invalid id or an unclear current key; the checked-in default is for the local run
 * and tests only.
 */
@Component
class MasterKeys {

    /** The id of the single {@code samenspel.vault.master-key} (and of every data key wrapped before rotation existed). */
    static final String LEGACY_ID = "v1";

    /** The default in coordinator-service.yml; production sets SAMENSPEL_VAULT_MASTER_KEY or master-keys instead. */
    static final String LOCAL_DEFAULT = "c2FtZW5zcGVsLWxvY2FsLW9ubHktbWFzdGVyLWtleSE=";

    private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);
    // Lower case, because environment variables (SAMENSPEL_VAULT_MASTERKEYS_V2) reach the map keys lower-cased.
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    private final Map<String, SecretKey> keys;
    private final String currentId;

    MasterKeys(VaultProperties properties) {
        Map<String, String> encoded = new TreeMap<>(properties.masterKeys() == null ? Map.of() : properties.masterKeys());
        String legacy = trimmed(properties.masterKey());
        if (!legacy.isEmpty()) {
            String explicit = trimmed(encoded.get(LEGACY_ID));
            if (!explicit.isEmpty() && !explicit.equals(legacy)) {
                throw new IllegalStateException("samenspel.vault.master-key is the master key with id " + LEGACY_ID
                        + ", but samenspel.vault.master-keys." + LEGACY_ID + " holds another key: set only one of them.");
            }
            encoded.put(LEGACY_ID, legacy);
        }
        // An empty value removes a key, e.g. SAMENSPEL_VAULT_MASTER_KEY= once nothing is wrapped by it any more.
        encoded.values().removeIf(value -> trimmed(value).isEmpty());
        if (encoded.isEmpty()) {
            throw new IllegalStateException("No vault master key is configured: set samenspel.vault.master-key"
                    + " (SAMENSPEL_VAULT_MASTER_KEY) or samenspel.vault.master-keys.<id>.");
        }
        Map<String, SecretKey> parsed = new TreeMap<>();
        encoded.forEach((id, value) -> {
            if (!ID.matcher(id).matches()) {
                throw new IllegalStateException("Master key id '" + id + "' is invalid: use 1 to 32 lower-case letters,"
                        + " digits and '-', starting with a letter or digit.");
            }
            parsed.put(id, parse(property(id), value));
        });
        this.keys = Collections.unmodifiableMap(parsed);
        this.currentId = current(trimmed(properties.currentMasterKeyId()), parsed.keySet());
        if (LOCAL_DEFAULT.equals(trimmed(encoded.get(currentId)))) {
            log.warn("The personal-data vault uses the local-run master key; set samenspel.vault.master-key in production.");
        }
        log.info("Vault master keys configured: {}; current: {}", keys.keySet(), currentId);
    }

    private static String current(String configured, Set<String> ids) {
        if (configured.isEmpty()) {
            if (ids.size() > 1) {
                throw new IllegalStateException("Several vault master keys are configured " + ids
                        + ": set samenspel.vault.current-master-key-id to the one that wraps new data keys.");
            }
            return ids.iterator().next();
        }
        if (!ids.contains(configured)) {
            throw new IllegalStateException("samenspel.vault.current-master-key-id is '" + configured
                    + "', but no master key has that id; configured are " + ids + ".");
        }
        return configured;
    }

    static SecretKey parse(String property, String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(trimmed(encoded));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid base64.");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(property + " must be 256 bits (32 bytes, base64), not " + bytes.length * 8 + " bits.");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The id of the key that wraps new data keys. */
    String currentId() {
        return currentId;
    }

    /** Every configured id, the current one included. */
    Set<String> ids() {
        return keys.keySet();
    }

    /** The data key wrapped under the current master key. */
    byte[] wrap(SecretKey dataKey, String dataKeyId) {
        return AesGcm.encrypt(keys.get(currentId), dataKey.getEncoded(), dataKeyId.getBytes(StandardCharsets.UTF_8));
    }

    /** The data key, unwrapped with the master key it records; never a guess with another key. */
    SecretKey unwrap(String masterKeyId, byte[] wrapped, String dataKeyId) {
        SecretKey master = keys.get(masterKeyId);
        if (master == null) {
            throw new MasterKeyUnavailableException("Data key " + dataKeyId + " is wrapped by vault master key '" + masterKeyId
                    + "', which is not configured (configured: " + keys.keySet() + "). Add it back as "
                    + property(masterKeyId) + " until a rewrap has moved every data key to the current master key.");
        }
        try {
            return new SecretKeySpec(AesGcm.decrypt(master, wrapped, dataKeyId.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new MasterKeyUnavailableException("Data key " + dataKeyId + " cannot be unwrapped: the configured "
                    + property(masterKeyId) + " is not the master key that wrapped it.");
        }
    }

    private static String property(String id) {
        return LEGACY_ID.equals(id) ? "samenspel.vault.master-key (or master-keys." + LEGACY_ID + ")"
                : "samenspel.vault.master-keys." + id;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
