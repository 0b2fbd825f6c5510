package nl.samenspel.network.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the membership lookup table. Its processor is subscribing, so a row is written in the same transaction
 * as the event: the next command sees it, and a second application with the same KvK number fails the
 * unique index even when two arrive at once.
 */
@Component
@ProcessingGroup("membership-lookup")
class JdbcMemberships implements Memberships {

    private final JdbcTemplate jdbc;

    JdbcMemberships(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Membership> find(String organisationId) {
        return jdbc.query("select organisation_id, status, municipalities from membership where organisation_id = ?",
                (rs, row) -> new Membership(rs.getString(1), OrganisationStatus.valueOf(rs.getString(2)),
                        strings(rs.getArray(3))), organisationId).stream().findFirst();
    }

    @Override
    public boolean kvkNumberInUse(String kvkNumber) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from membership where kvk_number = ? and status in ('APPLIED','ADMITTED','SUSPENDED'))",
                Boolean.class, kvkNumber));
    }

    @EventHandler
    void on(OrganisationAppliedEvent event) {
        jdbc.update("insert into membership (organisation_id, kvk_number, status, municipalities) values (?, ?, ?, ?)",
                event.organisationId(), event.profile().kvkNumber(), OrganisationStatus.APPLIED.name(),
                event.profile().municipalities().toArray(String[]::new));
    }

    @EventHandler
    void on(OrganisationAdmittedEvent event) {
        status(event.organisationId(), OrganisationStatus.ADMITTED);
    }

    @EventHandler
    void on(OrganisationRejectedEvent event) {
        status(event.organisationId(), OrganisationStatus.REJECTED);
    }

    @EventHandler
    void on(OrganisationSuspendedEvent event) {
        status(event.organisationId(), OrganisationStatus.SUSPENDED);
    }

    @EventHandler
    void on(OrganisationReinstatedEvent event) {
        status(event.organisationId(), OrganisationStatus.ADMITTED);
    }

    @EventHandler
    void on(OrganisationLeftEvent event) {
        status(event.organisationId(), OrganisationStatus.LEFT);
    }

    private void status(String organisationId, OrganisationStatus status) {
        jdbc.update("update membership set status = ? where organisation_id = ?", status.name(), organisationId);
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
