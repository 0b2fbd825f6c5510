package nl.samenspel.coordinator.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The network's organisations and supporters as this service knows them from the network-service's integration
 * events (tables {@code network_organisation} and {@code network_supporter}), and the in-memory snapshot that
 * ranking runs on. Every write raises the directory's version in its transaction; a snapshot is used while the
 * committed version is the one it was loaded at. The version lives in the database because the instances of the
 * service share one consumer group: a network event reaches one of them, and the others learn of it from the count.
 */
@Component
public class NetworkDirectory {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final JdbcTemplate jdbc;
    private volatile Loaded loaded;

    public NetworkDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void admit(OrganisationCard organisation) {
        jdbc.update("""
                insert into network_organisation (organisation_id, kvk_number, delivers_care, status) values (?, ?, ?, ?)
                on conflict (organisation_id) do update set kvk_number = excluded.kvk_number,
                    delivers_care = excluded.delivers_care, status = excluded.status""",
                organisation.organisationId(), organisation.kvkNumber(), organisation.deliversCare(), organisation.status().name());
        changed();
    }

    public void changeStatus(String organisationId, OrganisationStatus status) {
        jdbc.update("update network_organisation set status = ? where organisation_id = ? and status <> 'LEFT'",
                status.name(), organisationId);
        changed();
    }

    public void register(String supporterId, String organisationId, SupporterProfile profile, Availability availability) {
        jdbc.update("""
                insert into network_supporter (supporter_id, organisation_id, profile, availability) values (?, ?, ?, ?)
                on conflict (supporter_id) do update set organisation_id = excluded.organisation_id,
                    profile = excluded.profile, availability = excluded.availability""",
                supporterId, organisationId, write(profile), write(availability));
        changed();
    }

    public void changeProfile(String supporterId, SupporterProfile profile) {
        jdbc.update("update network_supporter set profile = ? where supporter_id = ?", write(profile), supporterId);
        changed();
    }

    public void changeAvailability(String supporterId, Availability availability) {
        jdbc.update("update network_supporter set availability = ? where supporter_id = ?", write(availability), supporterId);
        changed();
    }

    public void registrationLapsed(String supporterId) {
        jdbc.update("update network_supporter set registration_lapsed = true where supporter_id = ?", supporterId);
        changed();
    }

    /** Lifts a lapse and sets the new last valid day on the stored profile. */
    public void registrationRenewed(String supporterId, LocalDate validUntil) {
        find(supporterId).ifPresent(card -> {
            SupporterProfile p = card.profile();
            changeProfile(supporterId, new SupporterProfile(p.kind(), p.lifeDomains(), p.targetGroups(), p.languages(),
                    p.municipalities(), p.districts(), p.capacity(), p.careProvidersLinked(), p.accessTeams(), validUntil,
                    p.trainingCompletedOn()));
        });
        jdbc.update("update network_supporter set registration_lapsed = false where supporter_id = ?", supporterId);
        changed();
    }

    public void deactivate(String supporterId) {
        jdbc.update("update network_supporter set deactivated = true where supporter_id = ?", supporterId);
        changed();
    }

    public Optional<SupporterCard> find(String supporterId) {
        return jdbc.query("select * from network_supporter where supporter_id = ?", (rs, n) -> new SupporterCard(
                rs.getString("supporter_id"), rs.getString("organisation_id"),
                read(rs.getString("profile"), SupporterProfile.class), read(rs.getString("availability"), Availability.class),
                rs.getBoolean("registration_lapsed"), rs.getBoolean("deactivated")), supporterId).stream().findFirst();
    }

    /** The current snapshot, rebuilt from the tables after any committed change by any instance. */
    public NetworkSnapshot snapshot() {
        long version = jdbc.queryForObject("select version from network_directory_version", Long.class);
        Loaded current = loaded;
        if (current == null || current.version() != version) {
            // The version is read before the tables: a change committed in between makes this snapshot newer than
            // its version, and the next call loads again.
            current = new Loaded(version, load());
            loaded = current;
        }
        return current.snapshot();
    }

    private NetworkSnapshot load() {
        List<SupporterCard> supporters = jdbc.query("select * from network_supporter where not deactivated", (rs, n) ->
                new SupporterCard(rs.getString("supporter_id"), rs.getString("organisation_id"),
                        read(rs.getString("profile"), SupporterProfile.class),
                        read(rs.getString("availability"), Availability.class), rs.getBoolean("registration_lapsed"), false));
        Map<String, OrganisationCard> organisations = jdbc.query("select * from network_organisation", (rs, n) ->
                        new OrganisationCard(rs.getString("organisation_id"), rs.getString("kvk_number"),
                                rs.getBoolean("delivers_care"), OrganisationStatus.valueOf(rs.getString("status"))))
                .stream().collect(Collectors.toMap(OrganisationCard::organisationId, Function.identity()));
        return new NetworkSnapshot(supporters, organisations);
    }

    private void changed() {
        jdbc.update("update network_directory_version set version = version + 1");
    }

    private record Loaded(long version, NetworkSnapshot snapshot) {
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
