package nl.samenspel.network.directory;

import nl.samenspel.network.coverage.CoverageGap;
import nl.samenspel.network.coverage.ReviewCoverageCommand;
import nl.samenspel.network.organisation.OrganisationAdmittedEvent;
import nl.samenspel.network.organisation.OrganisationAppliedEvent;
import nl.samenspel.network.organisation.OrganisationProfile;
import nl.samenspel.network.organisation.OrganisationSuspendedEvent;
import nl.samenspel.network.region.TestRegions;
import nl.samenspel.network.supporter.ProfessionalRegistration;
import nl.samenspel.network.supporter.SupporterAvailabilityChangedEvent;
import nl.samenspel.network.supporter.SupporterCaseloadRecordedEvent;
import nl.samenspel.network.supporter.SupporterProfile;
import nl.samenspel.network.supporter.SupporterRegisteredEvent;
import nl.samenspel.network.supporter.SupporterRegistrationLapsedEvent;
import nl.samenspel.network.vocabulary.AvailabilityStatus;
import nl.samenspel.network.vocabulary.LifeDomain;
import nl.samenspel.network.vocabulary.OrganisationKind;
import nl.samenspel.network.vocabulary.SupporterKind;
import nl.samenspel.network.vocabulary.TargetGroup;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class DirectoryProjectionTest {

    private static final Instant AT = Instant.parse("2025-06-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private static final String ORG = "org-1";
    private static final String TEYLINGEN = "GM1525";

    private DirectoryProjection projection;
    private DirectoryQueries queries;
    private CommandGateway commands;

    @BeforeEach
    void setUp() {
        DataSource dataSource = ProjectionDatabase.fresh();
        commands = mock(CommandGateway.class);
        CoverageMatrix matrix = new CoverageMatrix(new JdbcTemplate(dataSource));
        // No processor here: the upkeep after a rebuild is DirectoryRebuildIT's.
        RebuildUpkeep upkeep = new RebuildUpkeep(new DefaultListableBeanFactory().getBeanProvider(EventProcessingConfiguration.class),
                new JdbcTemplate(dataSource));
        projection = new DirectoryProjection(new JdbcTemplate(dataSource),
                new CoverageReview(matrix, commands, TestRegions.duinEnBollenstreek()), upkeep);
        queries = new DirectoryQueries(new NamedParameterJdbcTemplate(dataSource), matrix,
                EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build(),
                Clock.fixed(AT, ZoneOffset.UTC));
        OrganisationProfile profile = new OrganisationProfile("Welzijn Teylingen", "12345678", OrganisationKind.MIXED,
                List.of(TEYLINGEN, "GM0553"), "desk@welzijn.example", List.of(), null);
        projection.on(new OrganisationAppliedEvent(ORG, profile), AT, ReplayStatus.REGULAR);
        projection.on(new OrganisationAdmittedEvent(ORG, profile), AT, ReplayStatus.REGULAR);
    }

    @Test
    void directoryFindsSupportersByEveryFilter() {
        register("formal", SupporterKind.FORMAL, List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl", "en"), List.of(), 5);
        register("volunteer", SupporterKind.INFORMAL, List.of(LifeDomain.MONEY_AND_DEBTS), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of("WK152501"), 2);
        register("expert", SupporterKind.EXPERIENCE_EXPERT, List.of(LifeDomain.HOUSING), List.of(TargetGroup.MENTAL_HEALTH), List.of("nl", "tr"), List.of("WK152500"), 1);

        assertThat(ids(new FindSupportersQuery(TEYLINGEN, null, null, null, null, null, false, 0, 50))).containsExactlyInAnyOrder("formal", "volunteer", "expert");
        assertThat(ids(new FindSupportersQuery(null, null, LifeDomain.HOUSING, null, null, null, false, 0, 50))).containsExactlyInAnyOrder("formal", "expert");
        assertThat(ids(new FindSupportersQuery(null, null, null, TargetGroup.MENTAL_HEALTH, null, null, false, 0, 50))).containsExactly("expert");
        assertThat(ids(new FindSupportersQuery(null, null, null, null, SupporterKind.INFORMAL, null, false, 0, 50))).containsExactly("volunteer");
        assertThat(ids(new FindSupportersQuery(null, null, null, null, null, "tr", false, 0, 50))).containsExactly("expert");
        // Without districts a supporter serves the whole municipality.
        assertThat(ids(new FindSupportersQuery(null, "WK152500", null, null, null, null, false, 0, 50))).containsExactlyInAnyOrder("formal", "expert");
    }

    @Test
    void directoryPagesItsResultsAndCountsThemAll() {
        for (int i = 0; i < 5; i++) {
            register("s" + i, SupporterKind.FORMAL, List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of(), 3);
        }
        SupporterPage second = queries.find(new FindSupportersQuery(null, null, null, null, null, null, false, 1, 2));

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).extracting(SupporterView::supporterId).containsExactly("s2", "s3");
    }

    @Test
    void availableNowLeavesOutSupportersOnLeaveAtCapacityOrWithALapsedRegistration() {
        register("free", SupporterKind.FORMAL, List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of(), 3);
        register("leave", SupporterKind.FORMAL, List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of(), 3);
        register("full", SupporterKind.FORMAL, List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of(), 1);
        register("lapsed", SupporterKind.FORMAL, List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of(), 3);
        register("later", SupporterKind.FORMAL, List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of(), 3);
        projection.on(new SupporterAvailabilityChangedEvent("leave", ORG, AvailabilityStatus.ON_LEAVE, TODAY.minusDays(1), TODAY.plusDays(1)), AT, ReplayStatus.REGULAR);
        projection.on(new SupporterAvailabilityChangedEvent("later", ORG, AvailabilityStatus.ON_LEAVE, TODAY.plusDays(7), TODAY.plusDays(9)), AT, ReplayStatus.REGULAR);
        projection.on(new SupporterCaseloadRecordedEvent("full", ORG, 1), ReplayStatus.REGULAR);
        projection.on(new SupporterRegistrationLapsedEvent("lapsed", ORG, TODAY.minusDays(1)), AT, ReplayStatus.REGULAR);

        assertThat(ids(new FindSupportersQuery(null, null, null, null, null, null, true, 0, 50))).containsExactly("free", "later");
    }

    @Test
    void coverageMatrixCountsEligibleSupportersPerKindAndLeavesSuspendedOrganisationsOut() {
        register("formal", SupporterKind.FORMAL, List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of(), 5);
        register("volunteer", SupporterKind.INFORMAL, List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of(), 2);

        assertThat(cell(TargetGroup.OLDER_PEOPLE, LifeDomain.HOUSING)).isEqualTo(
                new CoverageCellView(TEYLINGEN, TargetGroup.OLDER_PEOPLE, LifeDomain.HOUSING, 1, 1, 0));
        assertThat(queries.coverage(TEYLINGEN)).hasSize(TargetGroup.values().length * LifeDomain.values().length);

        projection.on(new OrganisationSuspendedEvent(ORG, "review"), AT, ReplayStatus.REGULAR);
        assertThat(cell(TargetGroup.OLDER_PEOPLE, LifeDomain.HOUSING).total()).isZero();
    }

    @Test
    void everyChangeHasTheGapsOfItsMunicipalitiesReviewed() {
        register("formal", SupporterKind.FORMAL, List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of(), 5);

        ArgumentCaptor<ReviewCoverageCommand> sent = ArgumentCaptor.forClass(ReviewCoverageCommand.class);
        verify(commands, atLeastOnce()).sendAndWait(sent.capture());
        ReviewCoverageCommand last = sent.getValue();
        assertThat(last.municipalityCode()).isEqualTo(TEYLINGEN);
        assertThat(last.gaps())
                .contains(new CoverageGap(TargetGroup.OLDER_PEOPLE, LifeDomain.HOUSING, "INFORMAL"),
                        new CoverageGap(TargetGroup.HOMELESS, LifeDomain.HOUSING, CoverageGap.ANY))
                .doesNotContain(new CoverageGap(TargetGroup.OLDER_PEOPLE, LifeDomain.HOUSING, "FORMAL"),
                        new CoverageGap(TargetGroup.OLDER_PEOPLE, LifeDomain.HOUSING, CoverageGap.ANY),
                        new CoverageGap(TargetGroup.HOMELESS, LifeDomain.HOUSING, "FORMAL"));
    }

    @Test
    void replayRebuildsTheTablesWithoutReviewingGapsAgain() {
        org.mockito.Mockito.clearInvocations(commands);
        projection.on(new SupporterRegisteredEvent("formal", ORG, "A", SupporterKind.FORMAL,
                profile(List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of(), 5),
                new ProfessionalRegistration("R-1", TODAY.plusYears(1)), AvailabilityStatus.ACTIVE), AT, ReplayStatus.REPLAY);

        verify(commands, never()).sendAndWait(any());
        assertThat(ids(new FindSupportersQuery(null, null, null, null, null, null, false, 0, 50))).containsExactly("formal");
    }

    @Test
    void aPagePastTheEndStillCountsTheMatches() {
        for (int i = 0; i < 3; i++) {
            register("s" + i, SupporterKind.FORMAL, List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of(), 3);
        }
        SupporterPage beyond = queries.find(new FindSupportersQuery(null, null, null, null, null, null, false, 5, 2));

        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
    }

    @Test
    void aReplayedBatchWritesEachRowsLastStateWhenItCommits() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        replayRegister("formal");
        projection.on(new SupporterAvailabilityChangedEvent("formal", ORG, AvailabilityStatus.ON_LEAVE, TODAY.minusDays(1), TODAY.plusDays(1)), AT, ReplayStatus.REPLAY);
        projection.on(new SupporterCaseloadRecordedEvent("formal", ORG, 2), ReplayStatus.REPLAY);
        projection.on(new SupporterAvailabilityChangedEvent("formal", ORG, AvailabilityStatus.ACTIVE, null, null), AT, ReplayStatus.REPLAY);

        assertThat(ids(new FindSupportersQuery(null, null, null, null, null, null, false, 0, 50))).as("before the commit").isEmpty();
        batch.commit();
        SupporterView formal = queries.supporter("formal").orElseThrow().supporter();
        assertThat(formal.availability()).isEqualTo("ACTIVE");
        assertThat(formal.leaveFrom()).isNull();
        assertThat(formal.openCases()).isEqualTo(2);
    }

    @Test
    void aLiveEventAfterReplayedOnesInTheSameBatchFindsThemWritten() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        replayRegister("formal");
        projection.on(new SupporterAvailabilityChangedEvent("formal", ORG, AvailabilityStatus.ON_LEAVE, TODAY.minusDays(1), TODAY.plusDays(1)), AT, ReplayStatus.REGULAR);
        batch.commit();

        assertThat(queries.supporter("formal").orElseThrow().supporter().availability()).isEqualTo("ON_LEAVE");
    }

    @Test
    void organisationDetailCountsItsActiveSupporters() {
        register("formal", SupporterKind.FORMAL, List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of(), 5);

        OrganisationView organisation = queries.organisation(ORG).orElseThrow().organisation();
        assertThat(organisation.status()).isEqualTo("ADMITTED");
        assertThat(organisation.activeSupporters()).isEqualTo(1);
        assertThat(queries.supporter("formal").orElseThrow().supporter().organisationName()).isEqualTo("Welzijn Teylingen");
    }

    private void replayRegister(String id) {
        register(id, SupporterKind.FORMAL, List.of(LifeDomain.HOUSING), List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), List.of(), 5,
                ReplayStatus.REPLAY);
    }

    private CoverageCellView cell(TargetGroup targetGroup, LifeDomain lifeDomain) {
        return queries.coverage(TEYLINGEN).stream()
                .filter(c -> c.targetGroup() == targetGroup && c.lifeDomain() == lifeDomain).findFirst().orElseThrow();
    }

    private List<String> ids(FindSupportersQuery query) {
        return queries.find(query).items().stream().map(SupporterView::supporterId).toList();
    }

    private void register(String id, SupporterKind kind, List<LifeDomain> domains, List<TargetGroup> groups,
                          List<String> languages, List<String> districts, int capacity) {
        register(id, kind, domains, groups, languages, districts, capacity, ReplayStatus.REGULAR);
    }

    private void register(String id, SupporterKind kind, List<LifeDomain> domains, List<TargetGroup> groups,
                          List<String> languages, List<String> districts, int capacity, ReplayStatus replay) {
        projection.on(new SupporterRegisteredEvent(id, ORG, "Supporter " + id, kind,
                profile(domains, groups, languages, districts, capacity),
                kind == SupporterKind.FORMAL ? new ProfessionalRegistration("R-" + id, TODAY.plusYears(1)) : null,
                AvailabilityStatus.ACTIVE), AT, replay);
    }

    private static SupporterProfile profile(List<LifeDomain> domains, List<TargetGroup> groups, List<String> languages,
                                            List<String> districts, int capacity) {
        return new SupporterProfile(domains, groups, languages, List.of("GM1525"), districts, capacity, List.of(),
                List.of(), TODAY.minusYears(1));
    }
}
