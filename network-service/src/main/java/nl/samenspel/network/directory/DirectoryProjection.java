package nl.samenspel.network.directory;

import nl.samenspel.network.organisation.OrganisationAdmittedEvent;
import nl.samenspel.network.organisation.OrganisationAppliedEvent;
import nl.samenspel.network.organisation.OrganisationCaseloadRecordedEvent;
import nl.samenspel.network.organisation.OrganisationLeftEvent;
import nl.samenspel.network.organisation.OrganisationProfile;
import nl.samenspel.network.organisation.OrganisationReinstatedEvent;
import nl.samenspel.network.organisation.OrganisationRejectedEvent;
import nl.samenspel.network.organisation.OrganisationStatus;
import nl.samenspel.network.organisation.OrganisationSuspendedEvent;
import nl.samenspel.network.supporter.ProfessionalRegistration;
import nl.samenspel.network.supporter.SupporterAvailabilityChangedEvent;
import nl.samenspel.network.supporter.SupporterCaseloadRecordedEvent;
import nl.samenspel.network.supporter.SupporterDeactivatedEvent;
import nl.samenspel.network.supporter.SupporterProfile;
import nl.samenspel.network.supporter.SupporterProfileChangedEvent;
import nl.samenspel.network.supporter.SupporterRegisteredEvent;
import nl.samenspel.network.supporter.SupporterRegistrationLapsedEvent;
import nl.samenspel.network.supporter.SupporterRegistrationRenewedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Keeps the directory tables, and after every change that can move the coverage matrix has the gaps of the
 * municipalities involved reviewed, reading the tables as they stand at that event. During a replay the review
 * is skipped: the gaps are already recorded, and the next live change reviews again.
 */
@Component
@ProcessingGroup("directory")
class DirectoryProjection {

    private final JdbcTemplate jdbc;
    private final CoverageReview coverage;

    DirectoryProjection(JdbcTemplate jdbc, CoverageReview coverage) {
        this.jdbc = jdbc;
        this.coverage = coverage;
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from directory_supporter");
        jdbc.update("delete from directory_organisation");
    }

    @EventHandler
    void on(OrganisationAppliedEvent event, @Timestamp Instant at) {
        OrganisationProfile p = event.profile();
        jdbc.update("""
                        insert into directory_organisation (organisation_id, name, kvk_number, kind, status, municipalities,
                            contact_point, care_delivered, covenant_signed_on, applied_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (organisation_id) do nothing""",
                event.organisationId(), p.name(), p.kvkNumber(), p.kind().name(), OrganisationStatus.APPLIED.name(),
                array(p.municipalities()), p.contactPoint(), array(p.careDelivered()), p.covenantSignedOn(),
                utc(at), utc(at));
    }

    @EventHandler
    void on(OrganisationAdmittedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        organisationStatus(event.organisationId(), OrganisationStatus.ADMITTED, null, at, replay);
    }

    @EventHandler
    void on(OrganisationRejectedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        organisationStatus(event.organisationId(), OrganisationStatus.REJECTED, event.reason(), at, replay);
    }

    @EventHandler
    void on(OrganisationSuspendedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        organisationStatus(event.organisationId(), OrganisationStatus.SUSPENDED, event.reason(), at, replay);
    }

    @EventHandler
    void on(OrganisationReinstatedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        organisationStatus(event.organisationId(), OrganisationStatus.ADMITTED, null, at, replay);
    }

    @EventHandler
    void on(OrganisationLeftEvent event, @Timestamp Instant at, ReplayStatus replay) {
        organisationStatus(event.organisationId(), OrganisationStatus.LEFT, event.reason(), at, replay);
    }

    @EventHandler
    void on(OrganisationCaseloadRecordedEvent event) {
        jdbc.update("update directory_organisation set open_cases = ? where organisation_id = ?",
                event.openCases(), event.organisationId());
    }

    @EventHandler
    void on(SupporterRegisteredEvent event, @Timestamp Instant at, ReplayStatus replay) {
        SupporterProfile p = event.profile();
        ProfessionalRegistration r = event.registration();
        jdbc.update("""
                        insert into directory_supporter (supporter_id, organisation_id, display_name, kind, register_number,
                            registration_valid_until, availability, registered_at, updated_at, life_domains, target_groups,
                            languages, municipalities, districts, capacity, care_providers_linked, access_teams,
                            training_completed_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (supporter_id) do nothing""",
                event.supporterId(), event.organisationId(), event.displayName(), event.kind().name(),
                r == null ? null : r.registerNumber(), r == null ? null : r.validUntil(), event.availability().name(),
                utc(at), utc(at), array(p.lifeDomains()), array(p.targetGroups()),
                array(p.languages()), array(p.municipalities()), array(p.districts()), p.capacity(),
                array(p.careProvidersLinked()), array(p.accessTeams()), p.trainingCompletedOn());
        review(p.municipalities(), replay);
    }

    @EventHandler
    void on(SupporterProfileChangedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        List<String> before = supporterMunicipalities(event.supporterId());
        SupporterProfile p = event.profile();
        jdbc.update("""
                        update directory_supporter set life_domains = ?, target_groups = ?, languages = ?, municipalities = ?,
                            districts = ?, capacity = ?, care_providers_linked = ?, access_teams = ?,
                            training_completed_on = ?, updated_at = ?
                        where supporter_id = ?""",
                array(p.lifeDomains()), array(p.targetGroups()), array(p.languages()), array(p.municipalities()),
                array(p.districts()), p.capacity(), array(p.careProvidersLinked()), array(p.accessTeams()),
                p.trainingCompletedOn(), utc(at), event.supporterId());
        TreeSet<String> touched = new TreeSet<>(before);
        touched.addAll(p.municipalities());
        review(touched, replay);
    }

    @EventHandler
    void on(SupporterAvailabilityChangedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        supporterChange(event.supporterId(), at, replay,
                "availability = ?, leave_from = ?, leave_until = ?", event.status().name(), event.leaveFrom(), event.leaveUntil());
    }

    @EventHandler
    void on(SupporterRegistrationRenewedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        supporterChange(event.supporterId(), at, replay,
                "register_number = ?, registration_valid_until = ?, registration_lapsed = false",
                event.registration().registerNumber(), event.registration().validUntil());
    }

    @EventHandler
    void on(SupporterRegistrationLapsedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        supporterChange(event.supporterId(), at, replay, "registration_lapsed = true");
    }

    @EventHandler
    void on(SupporterDeactivatedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        supporterChange(event.supporterId(), at, replay, "deactivated = true");
    }

    @EventHandler
    void on(SupporterCaseloadRecordedEvent event) {
        jdbc.update("update directory_supporter set open_cases = ? where supporter_id = ?",
                event.openCases(), event.supporterId());
    }

    private void organisationStatus(String organisationId, OrganisationStatus status, String reason, Instant at,
                                    ReplayStatus replay) {
        jdbc.update("update directory_organisation set status = ?, status_reason = ?, updated_at = ? where organisation_id = ?",
                status.name(), reason, utc(at), organisationId);
        List<String> municipalities = jdbc.query("select unnest(municipalities) from directory_organisation where organisation_id = ?",
                (rs, row) -> rs.getString(1), organisationId);
        review(municipalities, replay);
    }

    private void supporterChange(String supporterId, Instant at, ReplayStatus replay, String assignments, Object... values) {
        Object[] args = new Object[values.length + 2];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = utc(at);
        args[values.length + 1] = supporterId;
        jdbc.update("update directory_supporter set " + assignments + ", updated_at = ? where supporter_id = ?", args);
        review(supporterMunicipalities(supporterId), replay);
    }

    private List<String> supporterMunicipalities(String supporterId) {
        return jdbc.query("select unnest(municipalities) from directory_supporter where supporter_id = ?",
                (rs, row) -> rs.getString(1), supporterId);
    }

    private void review(Collection<String> municipalities, ReplayStatus replay) {
        if (!replay.isReplay()) {
            new TreeSet<>(municipalities).forEach(coverage::review);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String[] array(Collection<?> values) {
        return values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString()).toArray(String[]::new);
    }
}
