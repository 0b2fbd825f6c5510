package nl.samenspel.network.organisation;

import nl.samenspel.network.NetworkConflictException;
import nl.samenspel.network.NetworkRuleException;
import nl.samenspel.network.region.TestRegions;
import nl.samenspel.network.vocabulary.CareKind;
import nl.samenspel.network.vocabulary.OrganisationKind;
import com.fasterxml.jackson.databind.json.JsonMapper;
import nl.samenspel.kit.axon.SnapshotSerializer;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationTest {

    private static final String ORG = "org-1";
    private static final OrganisationProfile PROFILE = new OrganisationProfile("MEE Zuid-Holland Noord", "41165353",
            OrganisationKind.PROFESSIONAL, List.of("GM1525", "GM0553"), "info@mee.example",
            List.of(CareKind.AMBULANT_SUPPORT), LocalDate.of(2024, 9, 1));

    private AggregateTestFixture<Organisation> fixture;
    private InMemoryMemberships memberships;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        memberships = new InMemoryMemberships();
        fixture.registerInjectableResource(TestRegions.duinEnBollenstreek());
        fixture.registerInjectableResource(memberships);
    }

    @Test
    void aSnapshotRestoresEveryFieldOfTheOrganisation() {
        Organisation organisation = new Organisation();
        organisation.on(new OrganisationAppliedEvent(ORG, PROFILE));
        organisation.on(new OrganisationAdmittedEvent(ORG, PROFILE));
        organisation.on(new OrganisationCaseloadRecordedEvent(ORG, 7));
        Serializer snapshots = SnapshotSerializer.of(JacksonSerializer.builder()
                .objectMapper(JsonMapper.builder().findAndAddModules().build()).build());

        Organisation restored = snapshots.deserialize(snapshots.serialize(organisation, byte[].class));

        assertThat(restored).hasNoNullFieldsOrProperties().usingRecursiveComparison().isEqualTo(organisation);
    }

    @Test
    void organisationAppliesWithItsProfile() {
        fixture.givenNoPriorActivity()
                .when(new ApplyToJoinCommand(ORG, PROFILE, false))
                .expectEvents(new OrganisationAppliedEvent(ORG, PROFILE));
    }

    @Test
    void kvkNumberMustHaveEightDigits() {
        fixture.givenNoPriorActivity()
                .when(new ApplyToJoinCommand(ORG, withKvk("1234567"), false))
                .expectNoEvents()
                .expectException(NetworkRuleException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("8 digits"));
    }

    @Test
    void municipalityOutsideTheRegionIsRefused() {
        OrganisationProfile haarlem = new OrganisationProfile(PROFILE.name(), PROFILE.kvkNumber(), PROFILE.kind(),
                List.of("GM0392"), PROFILE.contactPoint(), PROFILE.careDelivered(), null);
        fixture.givenNoPriorActivity()
                .when(new ApplyToJoinCommand(ORG, haarlem, false))
                .expectNoEvents()
                .expectException(NetworkRuleException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("GM0392"));
    }

    @Test
    void organisationDecidingOnAccessCannotJoin() {
        fixture.givenNoPriorActivity()
                .when(new ApplyToJoinCommand(ORG, PROFILE, true))
                .expectNoEvents()
                .expectException(NetworkRuleException.class);
    }

    @Test
    void kvkNumberCanBeRegisteredOnlyOnce() {
        memberships.withKvkNumber(PROFILE.kvkNumber());
        fixture.givenNoPriorActivity()
                .when(new ApplyToJoinCommand(ORG, PROFILE, false))
                .expectNoEvents()
                .expectException(NetworkConflictException.class);
    }

    @Test
    void coordinatorAdmitsAnApplicantWithItsProfile() {
        fixture.given(applied())
                .when(new AdmitOrganisationCommand(ORG))
                .expectEvents(new OrganisationAdmittedEvent(ORG, PROFILE));
    }

    @Test
    void coordinatorRejectsAnApplicantWithReason() {
        fixture.given(applied())
                .when(new RejectOrganisationCommand(ORG, "Delivers the access decisions of Lisse"))
                .expectEvents(new OrganisationRejectedEvent(ORG, "Delivers the access decisions of Lisse"));
    }

    @Test
    void rejectedOrganisationCannotBeAdmitted() {
        fixture.given(applied(), new OrganisationRejectedEvent(ORG, "no"))
                .when(new AdmitOrganisationCommand(ORG))
                .expectNoEvents()
                .expectException(NetworkRuleException.class);
    }

    @Test
    void admittedOrganisationCanBeSuspendedAndReinstated() {
        fixture.given(applied(), admitted(), new OrganisationSuspendedEvent(ORG, "review"))
                .when(new ReinstateOrganisationCommand(ORG))
                .expectEvents(new OrganisationReinstatedEvent(ORG));
    }

    @Test
    void onlyAnAdmittedOrganisationCanBeSuspended() {
        fixture.given(applied())
                .when(new SuspendOrganisationCommand(ORG, "review"))
                .expectNoEvents()
                .expectException(NetworkRuleException.class);
    }

    @Test
    void organisationWithoutOpenCasesMayLeave() {
        fixture.given(applied(), admitted(), new OrganisationCaseloadRecordedEvent(ORG, 3),
                        new OrganisationCaseloadRecordedEvent(ORG, 0))
                .when(new LeaveNetworkCommand(ORG, "merged"))
                .expectEvents(new OrganisationLeftEvent(ORG, Departure.LEFT, "merged"));
    }

    @Test
    void organisationCannotLeaveWhileItHoldsOpenCases() {
        fixture.given(applied(), admitted(), new OrganisationCaseloadRecordedEvent(ORG, 2))
                .when(new LeaveNetworkCommand(ORG, "merged"))
                .expectNoEvents()
                .expectException(NetworkRuleException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("hand them over"));
    }

    @Test
    void organisationCannotBeRemovedWhileItHoldsOpenCases() {
        fixture.given(applied(), admitted(), new OrganisationSuspendedEvent(ORG, "review"),
                        new OrganisationCaseloadRecordedEvent(ORG, 1))
                .when(new RemoveOrganisationCommand(ORG, "covenant broken"))
                .expectNoEvents()
                .expectException(NetworkRuleException.class);
    }

    @Test
    void suspendedOrganisationWithoutOpenCasesCanBeRemoved() {
        fixture.given(applied(), admitted(), new OrganisationSuspendedEvent(ORG, "review"))
                .when(new RemoveOrganisationCommand(ORG, "covenant broken"))
                .expectEvents(new OrganisationLeftEvent(ORG, Departure.REMOVED, "covenant broken"));
    }

    @Test
    void unchangedCaseloadRecordsNothing() {
        fixture.given(applied(), admitted(), new OrganisationCaseloadRecordedEvent(ORG, 2))
                .when(new RecordOrganisationCaseloadCommand(ORG, 2))
                .expectNoEvents();
    }

    private static OrganisationProfile withKvk(String kvk) {
        return new OrganisationProfile(PROFILE.name(), kvk, PROFILE.kind(), PROFILE.municipalities(),
                PROFILE.contactPoint(), PROFILE.careDelivered(), PROFILE.covenantSignedOn());
    }

    private static OrganisationAppliedEvent applied() {
        return new OrganisationAppliedEvent(ORG, PROFILE);
    }

    private static OrganisationAdmittedEvent admitted() {
        return new OrganisationAdmittedEvent(ORG, PROFILE);
    }
}
