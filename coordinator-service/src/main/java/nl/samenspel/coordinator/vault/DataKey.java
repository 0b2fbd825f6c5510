package nl.samenspel.coordinator.vault;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;

/** A resident's unwrapped data key; its id is bound into every ciphertext as associated data. */
record DataKey(String id, SecretKey secret) {

    byte[] associatedData() {
        return id.getBytes(StandardCharsets.UTF_8);
    }
}
