package nl.samenspel.coordinator.vault;

import nl.samenspel.kit.crypto.AesGcm;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.coordinator.cases.ResidentKeyring;
import nl.samenspel.coordinator.cases.SealedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One AES-256 data key per resident (table {@code resident_key}, wrapped with one of the {@link MasterKeys}, whose id
 * the row records). Keys are never cached, so once a key row is deleted nothing sealed under it can be read again.
 */
@Component
class ResidentKeys implements ResidentKeyring {

    private static final String COLUMNS = "key_id, master_key_id, wrapped_key";

    private final JdbcTemplate jdbc;
    private final MasterKeys master;
    private final ObjectMapper json;
    private final Clock clock;

    ResidentKeys(JdbcTemplate jdbc, MasterKeys master, ObjectMapper json, Clock clock) {
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

    /** The resident's data key, created (wrapped by the current master key) on first use. */
    DataKey keyOf(String residentPseudonym) {
        SecretKey fresh = generate();
        String freshId = UUID.randomUUID().toString();
        jdbc.update("""
                insert into resident_key (key_id, resident_pseudonym, master_key_id, wrapped_key, created_at)
                values (?, ?, ?, ?, ?) on conflict (resident_pseudonym) do nothing""",
                freshId, residentPseudonym, master.currentId(), master.wrap(fresh, freshId), Timestamp.from(clock.instant()));
        return jdbc.query("select " + COLUMNS + " from resident_key where resident_pseudonym = ?", this::unwrap,
                residentPseudonym).stream().findFirst().orElseThrow();
    }

    /** The key with this id, or empty once erased. */
    Optional<DataKey> key(String keyId) {
        return jdbc.query("select " + COLUMNS + " from resident_key where key_id = ?", this::unwrap, keyId).stream().findFirst();
    }

    /** Destroys the resident's key: everything sealed under it becomes unreadable. True if there was one. */
    boolean destroy(String residentPseudonym) {
        return jdbc.update("delete from resident_key where resident_pseudonym = ?", residentPseudonym) > 0;
    }

    /**
     * Rewraps up to {@code size} data keys after {@code afterKeyId} (in key-id order) that the current master key does
     * not wrap yet, in the caller's transaction; rows locked by a concurrent erasure or rewrap are skipped. Returns the
     * ids of the keys it rewrapped, in order; none when there was nothing left after {@code afterKeyId}.
     */
    List<String> rewrapBatch(String afterKeyId, int size) {
        List<DataKey> batch = jdbc.query("select " + COLUMNS + " from resident_key where master_key_id <> ? and key_id > ?"
                + " order by key_id limit ? for update skip locked", this::unwrap, master.currentId(), afterKeyId, size);
        jdbc.batchUpdate("update resident_key set master_key_id = ?, wrapped_key = ? where key_id = ?", batch.stream()
                .map(key -> new Object[]{master.currentId(), master.wrap(key.secret(), key.id()), key.id()}).toList());
        return batch.stream().map(DataKey::id).toList();
    }

    /** How many data keys each master key wraps, by master key id. */
    Map<String, Long> countByMasterKey() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("select master_key_id, count(*) from resident_key group by master_key_id",
                (RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    /** Unwraps one data key wrapped by this master key, if there is one: proof that the configured key is the right one. */
    void unwrapOneWrappedBy(String masterKeyId) {
        jdbc.query("select " + COLUMNS + " from resident_key where master_key_id = ? limit 1", this::unwrap, masterKeyId);
    }

    private DataKey unwrap(ResultSet row, int rowNumber) throws SQLException {
        String keyId = row.getString("key_id");
        return new DataKey(keyId, master.unwrap(row.getString("master_key_id"), row.getBytes("wrapped_key"), keyId));
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
