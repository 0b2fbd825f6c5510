package nl.samenspel.notification.email;

import nl.samenspel.notification.party.Party;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Each party's alert contact address and the state of its verification (table {@code alert_contact}). */
@Component
class AlertContacts {

    /** How a verification attempt ended. */
    enum Verification { VERIFIED, WRONG_CODE, EXPIRED, NOTHING_TO_VERIFY }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EmailAlertProperties properties;

    AlertContacts(JdbcTemplate jdbc, Clock clock, EmailAlertProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    Optional<AlertContactView> find(Party party) {
        List<AlertContactView> found = jdbc.query("""
                select email, verified_at from alert_contact where party_kind = ? and party_id = ?""",
                (rs, row) -> {
                    Timestamp verifiedAt = rs.getTimestamp("verified_at");
                    return new AlertContactView(rs.getString("email"), verifiedAt != null,
                            verifiedAt == null ? null : verifiedAt.toInstant());
                }, party.kind().name(), party.id());
        return found.stream().findFirst();
    }

    /** The verified address alerts go to, if the party has one. */
    Optional<String> verifiedAddress(Party party) {
        return find(party).filter(AlertContactView::verified).map(AlertContactView::email);
    }

    /**
     * Sets the address and answers a new verification code for it. The same address again keeps its verification
     * (nothing to prove again) and answers empty.
     */
    Optional<String> change(Party party, String email) {
        if (find(party).filter(contact -> contact.verified() && contact.email().equalsIgnoreCase(email)).isPresent()) {
            return Optional.empty();
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant now = clock.instant();
        jdbc.update("""
                insert into alert_contact (party_kind, party_id, email, verified_at, verification_code_hash,
                                           verification_expires, verification_attempts, changed_at)
                values (?, ?, ?, null, ?, ?, 0, ?)
                on conflict (party_kind, party_id) do update set email = excluded.email, verified_at = null,
                    verification_code_hash = excluded.verification_code_hash,
                    verification_expires = excluded.verification_expires, verification_attempts = 0,
                    changed_at = excluded.changed_at""",
                party.kind().name(), party.id(), email, hash(code),
                Timestamp.from(now.plus(properties.verificationValidity())), Timestamp.from(now));
        return Optional.of(code);
    }

    /** Checks a code; too many wrong ones end the verification, so a code cannot be guessed. */
    Verification verify(Party party, String code) {
        List<Verification> outcome = jdbc.query("""
                select verification_code_hash, verification_expires, verification_attempts from alert_contact
                where party_kind = ? and party_id = ? and verified_at is null and verification_code_hash is not null
                for update""", (rs, row) -> {
            if (rs.getInt("verification_attempts") >= properties.verificationAttempts()
                    || rs.getTimestamp("verification_expires").toInstant().isBefore(clock.instant())) {
                return Verification.EXPIRED;
            }
            return MessageDigest.isEqual(rs.getBytes("verification_code_hash"), hash(code))
                    ? Verification.VERIFIED : Verification.WRONG_CODE;
        }, party.kind().name(), party.id());
        Verification result = outcome.stream().findFirst().orElse(Verification.NOTHING_TO_VERIFY);
        if (result == Verification.VERIFIED) {
            jdbc.update("""
                    update alert_contact set verified_at = ?, verification_code_hash = null, verification_expires = null
                    where party_kind = ? and party_id = ?""", Timestamp.from(clock.instant()), party.kind().name(), party.id());
        } else if (result == Verification.WRONG_CODE) {
            jdbc.update("""
                    update alert_contact set verification_attempts = verification_attempts + 1
                    where party_kind = ? and party_id = ?""", party.kind().name(), party.id());
        }
        return result;
    }

    boolean delete(Party party) {
        return jdbc.update("delete from alert_contact where party_kind = ? and party_id = ?",
                party.kind().name(), party.id()) > 0;
    }

    private static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
