package nl.samenspel.notification.webhook;

import nl.samenspel.notification.party.Party;
import nl.samenspel.notification.party.PartyKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored subscriptions and their sealed secrets. */
@Component
class WebhookSubscriptions {

    private static final RowMapper<WebhookSubscription> SUBSCRIPTION = (rs, row) -> {
        Array types = rs.getArray("event_types");
        return new WebhookSubscription(rs.getObject("id", UUID.class),
                new Party(PartyKind.valueOf(rs.getString("party_kind")), rs.getString("party_id")), rs.getString("url"),
                types == null ? null : List.of((String[]) types.getArray()),
                SubscriptionStatus.valueOf(rs.getString("status")), rs.getString("disabled_reason"),
                instant(rs.getTimestamp("failing_since")), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("verified_at")));
    };

    private final JdbcTemplate jdbc;
    private final SigningSecrets secrets;
    private final Clock clock;

    WebhookSubscriptions(JdbcTemplate jdbc, SigningSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Stores a new, unverified subscription; returns its secret, the only time it is known outside. */
    String create(UUID id, Party party, String url, List<String> types) {
        String secret = secrets.generate();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into webhook_subscription (id, party_kind, party_id, url, event_types, status, secret, created_at)
                    values (?, ?, ?, ?, ?, 'UNVERIFIED', ?, ?)""");
            insert.setObject(1, id);
            insert.setString(2, party.kind().name());
            insert.setString(3, party.id());
            insert.setString(4, url);
            insert.setArray(5, textArray(connection, types));
            insert.setBytes(6, secrets.seal(id, secret));
            insert.setTimestamp(7, Timestamp.from(clock.instant()));
            return insert;
        });
        return secret;
    }

    Optional<WebhookSubscription> find(UUID id) {
        return jdbc.query("select * from webhook_subscription where id = ?", SUBSCRIPTION, id).stream().findFirst();
    }

    /** The subscription, if it is this party's; another party's is as absent as one that does not exist. */
    Optional<WebhookSubscription> find(UUID id, Party party) {
        return find(id).filter(subscription -> subscription.party().equals(party));
    }

    List<WebhookSubscription> of(Party party) {
        return jdbc.query("select * from webhook_subscription where party_kind = ? and party_id = ? order by created_at, id",
                SUBSCRIPTION, party.kind().name(), party.id());
    }

    /** Locks the party's subscriptions until the transaction ends (so two registrations cannot both pass the limit). */
    int lockAndCount(Party party) {
        return jdbc.queryForList("select id from webhook_subscription where party_kind = ? and party_id = ? for update",
                UUID.class, party.kind().name(), party.id()).size();
    }

    /** A new URL or new types; a new URL is unverified until the receiver proves itself again. */
    void change(UUID id, String url, List<String> types, boolean verifyAgain) {
        jdbc.update(connection -> {
            var update = connection.prepareStatement("""
                    update webhook_subscription set url = ?, event_types = ?,
                      status = case when ? then 'UNVERIFIED' else status end,
                      disabled_reason = case when ? then null else disabled_reason end,
                      verified_at = case when ? then null else verified_at end,
                      failing_since = case when ? then null else failing_since end
                    where id = ?""");
            update.setString(1, url);
            update.setArray(2, textArray(connection, types));
            for (int i = 3; i <= 6; i++) {
                update.setBoolean(i, verifyAgain);
            }
            update.setObject(7, id);
            return update;
        });
    }

    void delete(UUID id) {
        jdbc.update("delete from webhook_subscription where id = ?", id);
    }

    /** Stores the hash of a one-time verification code. */
    void expectCode(UUID id, byte[] codeHash) {
        jdbc.update("update webhook_subscription set verification_code_hash = ? where id = ?", codeHash, id);
    }

    byte[] expectedCode(UUID id) {
        return jdbc.queryForObject("select verification_code_hash from webhook_subscription where id = ?", byte[].class, id);
    }

    /** Marks the receiver as proven; only an unverified subscription becomes active. */
    boolean activate(UUID id) {
        return jdbc.update("""
                update webhook_subscription set status = 'ACTIVE', verified_at = ?, verification_code_hash = null,
                  failing_since = null
                where id = ? and status = 'UNVERIFIED'""", Timestamp.from(clock.instant()), id) == 1;
    }

    /** Disables a subscription that is not disabled yet; {@code false} if it was. */
    boolean disable(UUID id, String reason) {
        return jdbc.update("""
                update webhook_subscription set status = 'DISABLED', disabled_reason = ?
                where id = ? and status <> 'DISABLED'""", reason, id) == 1;
    }

    /** Disables every subscription of a party; returns the ids disabled. */
    List<UUID> disableAll(Party party, String reason) {
        return jdbc.queryForList("""
                update webhook_subscription set status = 'DISABLED', disabled_reason = ?
                where party_kind = ? and party_id = ? and status <> 'DISABLED' returning id""",
                UUID.class, reason, party.kind().name(), party.id());
    }

    /** The active subscriptions that have failed without a success since before the moment. */
    List<UUID> failingSince(Instant before) {
        return jdbc.queryForList("select id from webhook_subscription where status = 'ACTIVE' and failing_since < ?",
                UUID.class, Timestamp.from(before));
    }

    void succeeded(UUID id) {
        jdbc.update("update webhook_subscription set failing_since = null where id = ? and failing_since is not null", id);
    }

    /** Records a failure; {@code true} if it is the first since the last success. */
    boolean failed(UUID id, Instant at) {
        return jdbc.update("update webhook_subscription set failing_since = ? where id = ? and failing_since is null",
                Timestamp.from(at), id) == 1;
    }

    /** A new current secret; the previous one keeps signing for the overlap. Returns the new secret. */
    String rotate(UUID id, Duration overlap) {
        String secret = secrets.generate();
        jdbc.update("""
                update webhook_subscription set previous_secret = secret, previous_secret_until = ?, secret = ?
                where id = ?""", Timestamp.from(clock.instant().plus(overlap)), secrets.seal(id, secret), id);
        return secret;
    }

    /** The secrets a delivery is signed with now: the current one, and the previous one during its overlap. */
    List<String> signingSecrets(UUID id) {
        return jdbc.query("select secret, previous_secret, previous_secret_until from webhook_subscription where id = ?",
                (ResultSetExtractor<List<String>>) rs -> {
                    List<String> valid = new ArrayList<>();
                    if (rs.next()) {
                        valid.add(secrets.unseal(id, rs.getBytes("secret")));
                        Timestamp until = rs.getTimestamp("previous_secret_until");
                        if (rs.getBytes("previous_secret") != null && until != null && until.toInstant().isAfter(clock.instant())) {
                            valid.add(secrets.unseal(id, rs.getBytes("previous_secret")));
                        }
                    }
                    return valid;
                }, id);
    }

    private static Array textArray(Connection connection, List<String> values) throws SQLException {
        return values == null ? null : connection.createArrayOf("text", values.toArray(String[]::new));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static List<String> normalised(List<String> types) {
        return types == null ? null : Arrays.stream(types.toArray(String[]::new)).distinct().sorted().toList();
    }
}
