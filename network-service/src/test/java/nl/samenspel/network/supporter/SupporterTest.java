package nl.samenspel.network.supporter;

import nl.samenspel.network.NetworkConflictException;
import nl.samenspel.network.NetworkRuleException;
import nl.samenspel.network.organisation.InMemoryMemberships;
import nl.samenspel.network.organisation.OrganisationStatus;
import nl.samenspel.network.region.TestRegions;
import nl.samenspel.network.vocabulary.AvailabilityStatus;
import nl.samenspel.network.vocabulary.LifeDomain;
import nl.samenspel.network.vocabulary.SupporterKind;
import nl.samenspel.network.vocabulary.TargetGroup;
import com.fasterxml.jackson.databind.json.JsonMapper;
import nl.samenspel.kit.axon.SnapshotSerializer;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class SupporterTest {

    private static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private static final String SUPPORTER = "sup-1";
    private static final String ORG = "org-1";
    private static final String SUSPENDED_ORG = "org-2";
    private static final SupporterProfile PROFILE = profile(List.of("GM1525"), List.of("WK152500"), 10, TODAY.minusYears(1));
    private static final String TAKEN = "BCMB-9999";
    private static final ProfessionalRegistration REGISTRATION = new ProfessionalRegistration("BCMB-1234", TODAY.plusDays(30));

    private AggregateTestFixture<Supporter> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Supporter.class);
        fixture.registerInjectableResource(TestRegions.duinEnBollenstreek());
        fixture.registerInjectableResource(new InMemoryMemberships()
                .with(ORG, OrganisationStatus.ADMITTED, List.of("GM1525", "GM0553"))
                .with(SUSPENDED_ORG, OrganisationStatus.SUSPENDED, List.of("GM1525")));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((RegisterNumbers) number ->
                number.equals(TAKEN) ? Optional.of("someone-else") : Optional.empty());
        fixture.givenCurrentTime(NOW);
    }

    @Test
    void aSnapshotRestoresEveryFieldOfTheSupporter() {
        Supporter supporter = new Supporter();
        supporter.on(registered(SupporterKind.FORMAL, REGISTRATION));
        supporter.on(new SupporterRegistrationLapsedEvent(SUPPORTER, ORG, REGISTRATION.validUntil()));
        supporter.on(new SupporterDeactivatedEvent(SUPPORTER, ORG));
        supporter.on(new SupporterCaseloadRecordedEvent(SUPPORTER, ORG, 3));
        Serializer snapshots = SnapshotSerializer.of(JacksonSerializer.builder()
                .objectMapper(JsonMapper.builder().findAndAddModules().build()).build());

        Supporter restored = snapshots.deserialize(snapshots.serialize(supporter, byte[].class));

        assertThat(restored).hasNoNullFieldsOrProperties().usingRecursiveComparison().isEqualTo(supporter);
    }

    @Test
    void formalSupporterIsRegisteredActiveAndItsRegistrationLapseIsScheduled() {
        fixture.givenNoPriorActivity()
                .when(register(SupporterKind.FORMAL, PROFILE, REGISTRATION))
                .expectEvents(registered(SupporterKind.FORMAL, REGISTRATION))
                .expectScheduledDeadlineWithName(Instant.parse("2025-07-03T00:00:00Z"), Supporter.REGISTRATION_LAPSE);
    }

    @Test
    void supporterCannotBeRegisteredUnderAnOrganisationThatIsNotAdmitted() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupporterCommand(SUPPORTER, SUSPENDED_ORG, "A. Jansen", SupporterKind.FORMAL, PROFILE, REGISTRATION))
                .expectNoEvents()
                .expectException(NetworkRuleException.class)
                .expectExceptionMessage(containsString("admitted"));
    }

    @Test
    void supporterCannotBeRegisteredUnderAnUnknownOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupporterCommand(SUPPORTER, "nobody", "A. Jansen", SupporterKind.FORMAL, PROFILE, REGISTRATION))
                .expectNoEvents()
                .expectException(NetworkRuleException.class);
    }

    @Test
    void formalSupporterNeedsAProfessionalRegistration() {
        fixture.givenNoPriorActivity()
                .when(register(SupporterKind.FORMAL, PROFILE, null))
                .expectNoEvents()
                .expectException(NetworkRuleException.class)
                .expectExceptionMessage(containsString("professional registration"));
    }

    @Test
    void formalSupporterWithAnExpiredRegistrationIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(SupporterKind.FORMAL, PROFILE, new ProfessionalRegistration("BCMB-1", TODAY.minusDays(1))))
                .expectNoEvents()
                .expectException(NetworkRuleException.class)
                .expectExceptionMessage(containsString("expired"));
    }

    @Test
    void professionalIsRegisteredInTheNetworkOnlyOnce() {
        fixture.givenNoPriorActivity()
                .when(register(SupporterKind.FORMAL, PROFILE, new ProfessionalRegistration(TAKEN, TODAY.plusYears(1))))
                .expectNoEvents()
                .expectException(NetworkConflictException.class)
                .expectExceptionMessage(containsString(TAKEN));
    }

    @Test
    void informalSupporterNeedsCompletedTraining() {
        fixture.givenNoPriorActivity()
                .when(register(SupporterKind.INFORMAL, profile(List.of("GM1525"), List.of(), 3, null), null))
                .expectNoEvents()
                .expectException(NetworkRuleException.class)
                .expectExceptionMessage(containsString("training"));
    }

    @Test
    void experienceExpertNeedsNeitherRegistrationNorTraining() {
        SupporterProfile untrained = profile(List.of("GM1525"), List.of(), 3, null);
        fixture.givenNoPriorActivity()
                .when(register(SupporterKind.EXPERIENCE_EXPERT, untrained, null))
                .expectEvents(new SupporterRegisteredEvent(SUPPORTER, ORG, "A. Jansen", SupporterKind.EXPERIENCE_EXPERT,
                        untrained, null, AvailabilityStatus.ACTIVE))
                .expectNoScheduledDeadlines();
    }

    @Test
    void capacityCannotBeBelowZero() {
        fixture.givenNoPriorActivity()
                .when(register(SupporterKind.FORMAL, profile(List.of("GM1525"), List.of(), -1, null), REGISTRATION))
                .expectNoEvents()
                .expectException(NetworkRuleException.class)
                .expectExceptionMessage(containsString("below zero"));
    }

    @Test
    void municipalityOutsideTheRegionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(SupporterKind.FORMAL, profile(List.of("GM0392"), List.of(), 5, null), REGISTRATION))
                .expectNoEvents()
                .expectException(NetworkRuleException.class)
                .expectExceptionMessage(containsString("not part of the region"));
    }

    @Test
    void supporterServesOnlyMunicipalitiesItsOrganisationServes() {
        fixture.givenNoPriorActivity()
                .when(register(SupporterKind.FORMAL, profile(List.of("GM0575"), List.of(), 5, null), REGISTRATION))
                .expectNoEvents()
                .expectException(NetworkRuleException.class)
                .expectExceptionMessage(containsString("does not serve"));
    }

    @Test
    void districtMustBelongToAMunicipalityServed() {
        fixture.givenNoPriorActivity()
                .when(register(SupporterKind.FORMAL, profile(List.of("GM1525"), List.of("WK057502"), 5, null), REGISTRATION))
                .expectNoEvents()
                .expectException(NetworkRuleException.class)
                .expectExceptionMessage(containsString("WK057502"));
    }

    @Test
    void registrationLapsesWhenItsExpiryDatePassesWithoutRenewal() {
        fixture.givenCommands(register(SupporterKind.FORMAL, PROFILE, REGISTRATION))
                .whenTimeElapses(Duration.ofDays(31))
                .expectEvents(new SupporterRegistrationLapsedEvent(SUPPORTER, ORG, REGISTRATION.validUntil()));
    }

    @Test
    void registrationDoesNotLapseOnItsLastValidDay() {
        fixture.givenCommands(register(SupporterKind.FORMAL, PROFILE, REGISTRATION))
                .whenTimeElapses(Duration.ofDays(30))
                .expectNoEvents();
    }

    @Test
    void renewedRegistrationMovesTheLapseToTheNewExpiryDate() {
        ProfessionalRegistration renewed = new ProfessionalRegistration("BCMB-1234", TODAY.plusYears(3));
        fixture.givenCommands(register(SupporterKind.FORMAL, PROFILE, REGISTRATION),
                        new RenewRegistrationCommand(SUPPORTER, renewed))
                .whenTimeElapses(Duration.ofDays(31))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(Duration.ofDays(365 * 3 + 1 - 31 + 1).minusHours(9),
                        Supporter.REGISTRATION_LAPSE);
    }

    @Test
    void renewalAfterALapseIsRecorded() {
        ProfessionalRegistration renewed = new ProfessionalRegistration("BCMB-1234", TODAY.plusYears(1));
        fixture.given(registered(SupporterKind.FORMAL, REGISTRATION),
                        new SupporterRegistrationLapsedEvent(SUPPORTER, ORG, REGISTRATION.validUntil()))
                .when(new RenewRegistrationCommand(SUPPORTER, renewed))
                .expectEvents(new SupporterRegistrationRenewedEvent(SUPPORTER, ORG, renewed));
    }

    @Test
    void profileChangeCarriesTheWholeNewProfile() {
        SupporterProfile wider = profile(List.of("GM1525", "GM0553"), List.of(), 12, TODAY.minusYears(1));
        fixture.given(registered(SupporterKind.FORMAL, REGISTRATION))
                .when(new ChangeSupporterProfileCommand(SUPPORTER, wider))
                .expectEvents(new SupporterProfileChangedEvent(SUPPORTER, ORG, SupporterKind.FORMAL, wider, REGISTRATION));
    }

    @Test
    void leaveIsRecordedWithItsFirstAndLastDay() {
        fixture.given(registered(SupporterKind.FORMAL, REGISTRATION))
                .when(new ChangeAvailabilityCommand(SUPPORTER, AvailabilityStatus.ON_LEAVE, TODAY, TODAY.plusDays(14)))
                .expectEvents(new SupporterAvailabilityChangedEvent(SUPPORTER, ORG, AvailabilityStatus.ON_LEAVE, TODAY,
                        TODAY.plusDays(14)));
    }

    @Test
    void leaveCannotEndBeforeItStarts() {
        fixture.given(registered(SupporterKind.FORMAL, REGISTRATION))
                .when(new ChangeAvailabilityCommand(SUPPORTER, AvailabilityStatus.ON_LEAVE, TODAY, TODAY.minusDays(1)))
                .expectNoEvents()
                .expectException(NetworkRuleException.class)
                .expectExceptionMessage(containsString("before it starts"));
    }

    @Test
    void supporterWithOpenCasesCannotBeDeactivated() {
        fixture.given(registered(SupporterKind.FORMAL, REGISTRATION), new SupporterCaseloadRecordedEvent(SUPPORTER, ORG, 2))
                .when(new DeactivateSupporterCommand(SUPPORTER))
                .expectNoEvents()
                .expectException(NetworkRuleException.class)
                .expectExceptionMessage(containsString("hand them over"));
    }

    @Test
    void supporterWhoseCasesWereHandedOverIsDeactivated() {
        fixture.given(registered(SupporterKind.FORMAL, REGISTRATION), new SupporterCaseloadRecordedEvent(SUPPORTER, ORG, 2),
                        new SupporterCaseloadRecordedEvent(SUPPORTER, ORG, 0))
                .when(new DeactivateSupporterCommand(SUPPORTER))
                .expectEvents(new SupporterDeactivatedEvent(SUPPORTER, ORG));
    }

    @Test
    void deactivatedSupporterCannotChangeAvailability() {
        fixture.given(registered(SupporterKind.FORMAL, REGISTRATION), new SupporterDeactivatedEvent(SUPPORTER, ORG))
                .when(new ChangeAvailabilityCommand(SUPPORTER, AvailabilityStatus.ACTIVE, null, null))
                .expectNoEvents()
                .expectException(NetworkRuleException.class);
    }

    private static RegisterSupporterCommand register(SupporterKind kind, SupporterProfile profile,
                                                     ProfessionalRegistration registration) {
        return new RegisterSupporterCommand(SUPPORTER, ORG, "A. Jansen", kind, profile, registration);
    }

    private static SupporterRegisteredEvent registered(SupporterKind kind, ProfessionalRegistration registration) {
        return new SupporterRegisteredEvent(SUPPORTER, ORG, "A. Jansen", kind, PROFILE, registration, AvailabilityStatus.ACTIVE);
    }

    static SupporterProfile profile(List<String> municipalities, List<String> districts, int capacity, LocalDate trained) {
        return new SupporterProfile(List.of(LifeDomain.CARE_AND_SUPPORT, LifeDomain.HOUSING),
                List.of(TargetGroup.OLDER_PEOPLE), List.of("nl"), municipalities, districts, capacity,
                List.of(), List.of(), trained);
    }
}
