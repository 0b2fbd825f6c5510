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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Keeps the directory tables, and after every change that can move the coverage matrix has the gaps of the
 * municipalities involved reviewed, reading the tables as they stand at that event. During a replay the review
 * (and the lookups only it needs) is skipped: the gaps are already recorded, and the next live change reviews
 * again; the writes are then merged per batch ({@link DirectoryWrites}).
 */
@Component
@ProcessingGroup(DirectoryProjection.GROUP)
class DirectoryProjection {

    /** The projection's processing group (a tracking processor, rebuilt by resetting its token). */
    static final String GROUP = "directory";

    private static final String ORGANISATION = "directory_organisation";
    private static final String SUPPORTER = "directory_supporter";

    private final JdbcTemplate jdbc;
    private final DirectoryWrites writes;
    private final CoverageReview coverage;
    private final RebuildUpkeep upkeep;

    DirectoryProjection(JdbcTemplate jdbc, CoverageReview coverage, RebuildUpkeep upkeep) {
        this.jdbc = jdbc;
        this.writes = new DirectoryWrites(jdbc);
        this.coverage = coverage;
        this.upkeep = upkeep;
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from directory_supporter");
        jdbc.update("delete from directory_organisation");
        upkeep.rebuildStarted();
    }

    @EventHandler
    void on(OrganisationAppliedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        OrganisationProfile p = event.profile();
        writes.insert(organisation(event.organisationId()), columns("name", p.name(), "kvk_number", p.kvkNumber(),
                "kind", p.kind().name(), "status", OrganisationStatus.APPLIED.name(), "municipalities", array(p.municipalities()),
                "contact_point", p.contactPoint(), "care_delivered", array(p.careDelivered()),
                "covenant_signed_on", p.covenantSignedOn(), "applied_at", utc(at), "updated_at", utc(at)), replay);
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
    void on(OrganisationCaseloadRecordedEvent event, ReplayStatus replay) {
        writes.update(organisation(event.organisationId()), columns("open_cases", event.openCases()), replay);
    }

    @EventHandler
    void on(SupporterRegisteredEvent event, @Timestamp Instant at, ReplayStatus replay) {
        SupporterProfile p = event.profile();
        ProfessionalRegistration r = event.registration();
        writes.insert(supporter(event.supporterId()), columns("organisation_id", event.organisationId(),
                "display_name", event.displayName(), "kind", event.kind().name(),
                "register_number", r == null ? null : r.registerNumber(),
                "registration_valid_until", r == null ? null : r.validUntil(), "availability", event.availability().name(),
                "registered_at", utc(at), "updated_at", utc(at), "life_domains", array(p.lifeDomains()),
                "target_groups", array(p.targetGroups()), "languages", array(p.languages()),
                "municipalities", array(p.municipalities()), "districts", array(p.districts()), "capacity", p.capacity(),
                "care_providers_linked", array(p.careProvidersLinked()), "access_teams", array(p.accessTeams()),
                "training_completed_on", p.trainingCompletedOn()), replay);
        review(p.municipalities(), replay);
    }

    @EventHandler
    void on(SupporterProfileChangedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        List<String> before = replay.isReplay() ? List.of() : supporterMunicipalities(event.supporterId());
        SupporterProfile p = event.profile();
        writes.update(supporter(event.supporterId()), columns("life_domains", array(p.lifeDomains()),
                "target_groups", array(p.targetGroups()), "languages", array(p.languages()),
                "municipalities", array(p.municipalities()), "districts", array(p.districts()), "capacity", p.capacity(),
                "care_providers_linked", array(p.careProvidersLinked()), "access_teams", array(p.accessTeams()),
                "training_completed_on", p.trainingCompletedOn(), "updated_at", utc(at)), replay);
        TreeSet<String> touched = new TreeSet<>(before);
        touched.addAll(p.municipalities());
        review(touched, replay);
    }

    @EventHandler
    void on(SupporterAvailabilityChangedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        supporterChange(event.supporterId(), at, replay, columns("availability", event.status().name(),
                "leave_from", event.leaveFrom(), "leave_until", event.leaveUntil()));
    }

    @EventHandler
    void on(SupporterRegistrationRenewedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        supporterChange(event.supporterId(), at, replay, columns("register_number", event.registration().registerNumber(),
                "registration_valid_until", event.registration().validUntil(), "registration_lapsed", false));
    }

    @EventHandler
    void on(SupporterRegistrationLapsedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        supporterChange(event.supporterId(), at, replay, columns("registration_lapsed", true));
    }

    @EventHandler
    void on(SupporterDeactivatedEvent event, @Timestamp Instant at, ReplayStatus replay) {
        supporterChange(event.supporterId(), at, replay, columns("deactivated", true));
    }

    @EventHandler
    void on(SupporterCaseloadRecordedEvent event, ReplayStatus replay) {
        writes.update(supporter(event.supporterId()), columns("open_cases", event.openCases()), replay);
    }

    private void organisationStatus(String organisationId, OrganisationStatus status, String reason, Instant at,
                                    ReplayStatus replay) {
        writes.update(organisation(organisationId), columns("status", status.name(), "status_reason", reason,
                "updated_at", utc(at)), replay);
        if (!replay.isReplay()) {
            review(jdbc.query("select unnest(municipalities) from directory_organisation where organisation_id = ?",
                    (rs, row) -> rs.getString(1), organisationId), replay);
        }
    }

    private void supporterChange(String supporterId, Instant at, ReplayStatus replay, Map<String, Object> columns) {
        columns.put("updated_at", utc(at));
        writes.update(supporter(supporterId), columns, replay);
        if (!replay.isReplay()) {
            review(supporterMunicipalities(supporterId), replay);
        }
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

    private static DirectoryWrites.Row organisation(String organisationId) {
        return new DirectoryWrites.Row(ORGANISATION, "organisation_id", organisationId);
    }

    private static DirectoryWrites.Row supporter(String supporterId) {
        return new DirectoryWrites.Row(SUPPORTER, "supporter_id", supporterId);
    }

    /** Column names and values, alternating; values may be null. */
    private static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return columns;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String[] array(Collection<?> values) {
        return values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString()).toArray(String[]::new);
    }
}
