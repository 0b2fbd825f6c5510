package nl.samenspel.coordinator.vault;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.coordinator.cases.ResidentKeyring;
import nl.samenspel.coordinator.cases.SealedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * One AES-256 data key per resident (table {@code resident_key}, wrapped with the {@link MasterKey}). Keys are never
 * cached, so once a key row is deleted nothing sealed under it can be read again.
 */
@Component
class ResidentKeys implements ResidentKeyring {

    private final JdbcTemplate jdbc;
    private final MasterKey master;
    private final ObjectMapper json;
    private final Clock clock;

    ResidentKeys(JdbcTemplate jdbc, MasterKey master, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.master = master;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public SealedText seal(String residentPseudonym, Object value) {
        DataKey key = keyOf(residentPseudonym);
        return new SealedText(key.id(), Base64.getEncoder().encodeToString(seal(key, value)));
    }

    @Override
    public <T> Optional<T> open(SealedText sealed, Class<T> type) {
        return key(sealed.keyId()).map(key -> open(key, Base64.getDecoder().decode(sealed.ciphertext()), type));
    }

    /** {@code value} as JSON, encrypted under {@code key}. */
    byte[] seal(DataKey key, Object value) {
        try {
            return AesGcm.encrypt(key.secret(), json.writeValueAsBytes(value), key.associatedData());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write a " + value.getClass().getSimpleName() + " to seal it");
        }
    }

    <T> T open(DataKey key, byte[] sealed, Class<T> type) {
        try {
            return json.readValue(AesGcm.decrypt(key.secret(), sealed, key.associatedData()), type);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Sealed " + type.getSimpleName() + " under key " + key.id() + " is damaged");
        }
    }

    /** The resident's data key, created on first use. */
    DataKey keyOf(String residentPseudonym) {
        SecretKey fresh = generate();
        String freshId = UUID.randomUUID().toString();
        jdbc.update("""
                insert into resident_key (key_id, resident_pseudonym, wrapped_key, created_at) values (?, ?, ?, ?)
                on conflict (resident_pseudonym) do nothing""",
                freshId, residentPseudonym, master.wrap(fresh, freshId), Timestamp.from(clock.instant()));
        return jdbc.query("select key_id, wrapped_key from resident_key where resident_pseudonym = ?",
                        (rs, n) -> unwrap(rs.getString(1), rs.getBytes(2)), residentPseudonym)
                .stream().findFirst().orElseThrow();
    }

    /** The key with this id, or empty once erased. */
    Optional<DataKey> key(String keyId) {
        return jdbc.query("select key_id, wrapped_key from resident_key where key_id = ?",
                (rs, n) -> unwrap(rs.getString(1), rs.getBytes(2)), keyId).stream().findFirst();
    }

    /** Destroys the resident's key: everything sealed under it becomes unreadable. True if there was one. */
    boolean destroy(String residentPseudonym) {
        return jdbc.update("delete from resident_key where resident_pseudonym = ?", residentPseudonym) > 0;
    }

    private DataKey unwrap(String keyId, byte[] wrapped) {
        return new DataKey(keyId, master.unwrap(wrapped, keyId));
    }

    static SecretKey generate() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

}
