package nl.samenspel.coordinator.vault;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** Stores residents' personal details sealed under their data key, and erases a resident by destroying that key. */
@Service
public class PersonalDetailsVault {

    private final JdbcTemplate jdbc;
    private final ResidentKeys keys;
    private final Clock clock;

    PersonalDetailsVault(JdbcTemplate jdbc, ResidentKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    @Transactional
    public void store(String residentPseudonym, PersonalDetails details) {
        DataKey key = keys.keyOf(residentPseudonym);
        byte[] sealed = keys.seal(key, details);
        jdbc.update("""
                insert into personal_details (resident_pseudonym, key_id, sealed, updated_at) values (?, ?, ?, ?)
                on conflict (resident_pseudonym) do update set key_id = excluded.key_id, sealed = excluded.sealed,
                    updated_at = excluded.updated_at""",
                residentPseudonym, key.id(), sealed, Timestamp.from(clock.instant()));
    }

    /** The resident's details, or empty when none were registered or the resident was erased. */
    public Optional<PersonalDetails> find(String residentPseudonym) {
        return jdbc.query("select key_id, sealed from personal_details where resident_pseudonym = ?",
                (rs, n) -> open(rs.getString(1), rs.getBytes(2)), residentPseudonym).stream().findFirst();
    }

    /**
     * Erasure (right to be forgotten): deletes the ciphertext and destroys the resident's data key, which shreds
     * every summary and improvement point sealed under it, wherever a copy lives. True if anything was erased.
     */
    @Transactional
    public boolean erase(String residentPseudonym) {
        int details = jdbc.update("delete from personal_details where resident_pseudonym = ?", residentPseudonym);
        return keys.destroy(residentPseudonym) || details > 0;
    }

    private PersonalDetails open(String keyId, byte[] sealed) {
        DataKey key = keys.key(keyId).orElseThrow(() -> new IllegalStateException("Personal details without key " + keyId));
        return keys.open(key, sealed, PersonalDetails.class);
    }
}
