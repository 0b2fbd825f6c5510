package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import nl.samenspel.coordinator.matching.SupporterNotEligibleException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static nl.samenspel.coordinator.cases.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.predicate;

class CaseTest {

    private static final LocalDate OBJECTION_DATE = LocalDate.parse("2026-04-01");
    /** A summary as the vault seals it; the aggregate never sees the plaintext. */
    private static final SealedText SUMMARY = new SealedText("key-1", "bm9uY2UtYW5kLWNpcGhlcnRleHQ=");
    private static final SealedText POINTS = new SealedText("key-1", "c2VhbGVkLXBvaW50cw==");

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private TestExecutor<Case> given(Object... events) {
        return fixture.givenCurrentTime(T0).andGiven(events);
    }

    private static Object[] and(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    // opening

    @Test
    void coordinatorOpensCaseInTheRegion() {
        fixture.givenCurrentTime(T0).when(open("GM1525", Set.of(), null)).expectEvents(opened());
    }

    @Test
    void caseInMunicipalityOutsideTheRegionIsRefused() {
        fixture.givenCurrentTime(T0).when(open("GM0392", Set.of(), null))
                .expectNoEvents().expectException(CaseRuleException.class).expectExceptionMessage(
                        org.hamcrest.Matchers.containsString("outside this network's region"));
    }

    @Test
    void objectionWithoutItsLegalDeadlineIsRefused() {
        fixture.givenCurrentTime(T0).when(open("GM1525", Set.of(ComplexityFlag.OBJECTION_DEADLINE), null))
                .expectNoEvents().expectException(CaseRuleException.class);
    }

    @Test
    void supporterCannotOpenACase() {
        OpenCaseCommand byVolunteer = new OpenCaseCommand(CASE, PSEUDONYM, "GM1525", null, null, null, Phase.ACCESS,
                "nl", Urgency.NORMAL, Set.of(), null, null, null, null, volunteer());
        fixture.givenCurrentTime(T0).when(byVolunteer).expectNoEvents().expectException(NotAllowedToActException.class);
    }

    // dispatch and acceptance

    @Test
    void dispatchOffersTheCaseWithAnAcceptanceDeadlineInWorkingDays() {
        given(opened())
                .when(new DispatchCaseCommand(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, Actor.COORDINATOR))
                .expectEvents(dispatched(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL))
                .expectScheduledDeadline(Duration.ofDays(3), new OfferDeadline(CASE + "/offer-1"));
    }

    @Test
    void highUrgencyOfferMadeOnTheThursdayBeforeEasterIsDueOnTheTuesdayAfter() {
        CaseOpenedEvent urgent = new CaseOpenedEvent(CASE, PSEUDONYM, "GM1525", null, List.of("CARE_AND_SUPPORT"),
                List.of("OLDER_PEOPLE"), Phase.ACCESS, "nl", Urgency.HIGH, EnumSet.noneOf(ComplexityFlag.class), null,
                List.of(), null, Preferences.NONE, Role.COORDINATOR, null, T0);
        given(urgent)
                .andGivenCurrentTime(Instant.parse("2026-04-02T09:00:00Z"))
                .when(new DispatchCaseCommand(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, Actor.COORDINATOR))
                .expectScheduledDeadline(Instant.parse("2026-04-07T09:00:00Z"), new OfferDeadline(CASE + "/offer-1"));
        assertThat(RULES.acceptanceDeadline(Instant.parse("2026-04-02T09:00:00Z"), Urgency.HIGH))
                .isEqualTo(Instant.parse("2026-04-07T09:00:00Z"));
    }

    @Test
    void handoverAnswerDeadlineSkipsPublicHolidays() {
        Instant beforeKingsDay = Instant.parse("2026-04-24T09:00:00Z");
        given(informalCase()).andGivenCurrentTime(beforeKingsDay)
                .when(new RequestHandoverCommand(CASE, "h-1", PROFESSIONALS, null, HandoverReason.EXPERTISE, null, false, volunteer()))
                .expectScheduledDeadline(Instant.parse("2026-04-30T09:00:00Z"), new HandoverDeadline("h-1"));
    }

    @Test
    void highUrgencyOfferedOnFridayIsDueOnMonday() {
        Instant friday = Instant.parse("2026-03-06T09:00:00Z");
        assertThat(RULES.acceptanceDeadline(friday, Urgency.HIGH)).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
    }

    @Test
    void informalSupporterCannotTakeCaseWithObjectionDeadline() {
        given(opened(EnumSet.of(ComplexityFlag.OBJECTION_DEADLINE)))
                .when(new DispatchCaseCommand(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, Actor.COORDINATOR))
                .expectNoEvents().expectException(SupporterNotEligibleException.class);
    }

    @Test
    void informalSupporterCannotAcceptCaseWithSafetyConcern() {
        given(opened(EnumSet.of(ComplexityFlag.SAFETY_CONCERN)), dispatched(VOLUNTEERS, null, null))
                .when(new AcceptCaseCommand(CASE, INFORMAL, SupportKind.INFORMAL, Actor.organisation(VOLUNTEERS)))
                .expectNoEvents().expectException(SupporterNotEligibleException.class);
    }

    /** Every flag a case may be opened with that needs a formal supporter, for each kind that is not formal. */
    static Stream<Arguments> flagsNeedingFormalByInformalKind() {
        return Stream.of(ComplexityFlag.OBJECTION_DEADLINE, ComplexityFlag.COMPLAINT_DEADLINE,
                ComplexityFlag.SAFETY_CONCERN).flatMap(flag -> Stream.of(SupportKind.INFORMAL,
                SupportKind.EXPERIENCE_EXPERT).map(kind -> Arguments.of(flag, kind)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("flagsNeedingFormalByInformalKind")
    void caseOpenedWithADeadlineOrSafetyFlagCannotBeDispatchedToAnInformalOrExperienceExpertSupporter(
            ComplexityFlag flag, SupportKind kind) {
        given(opened(EnumSet.of(flag)))
                .when(new DispatchCaseCommand(CASE, VOLUNTEERS, INFORMAL, kind, Actor.COORDINATOR))
                .expectNoEvents().expectException(SupporterNotEligibleException.class);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("flagsNeedingFormalByInformalKind")
    void caseOpenedWithADeadlineOrSafetyFlagCannotBeAcceptedByAnInformalOrExperienceExpertSupporter(
            ComplexityFlag flag, SupportKind kind) {
        given(opened(EnumSet.of(flag)), dispatched(VOLUNTEERS, null, null))
                .when(new AcceptCaseCommand(CASE, INFORMAL, kind, Actor.organisation(VOLUNTEERS)))
                .expectNoEvents().expectException(SupporterNotEligibleException.class);
    }

    @Test
    void complaintDeadlineAndObjectionDeadlineAreTheSameRule() {
        assertThat(ComplexityFlag.COMPLAINT_DEADLINE.needsFormalSupporter()).isEqualTo(ComplexityFlag.OBJECTION_DEADLINE.needsFormalSupporter())
                .isTrue();
        assertThat(ComplexityFlag.COMPLAINT_DEADLINE.hasDeadline()).isEqualTo(ComplexityFlag.OBJECTION_DEADLINE.hasDeadline())
                .isTrue();
    }

    @Test
    void informalSupporterWhoAcceptsACaseOpenedWithAFlagEscalatesItLikeAFlagRaisedLater() {
        given(opened(EnumSet.of(ComplexityFlag.CONFLICT)), dispatched(VOLUNTEERS, null, null))
                .when(new AcceptCaseCommand(CASE, INFORMAL, SupportKind.INFORMAL, Actor.organisation(VOLUNTEERS)))
                .expectEvents(accepted(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL),
                        new CaseEscalatedEvent(CASE, VOLUNTEERS, EscalationTrigger.COMPLEXITY_FLAG, ComplexityFlag.CONFLICT, T0));
    }

    @Test
    void formalSupporterWhoAcceptsACaseOpenedWithADeadlineFlagDoesNotEscalateIt() {
        given(opened(EnumSet.of(ComplexityFlag.OBJECTION_DEADLINE)), dispatched(PROFESSIONALS, null, null))
                .when(new AcceptCaseCommand(CASE, FORMAL, SupportKind.FORMAL, Actor.organisation(PROFESSIONALS)))
                .expectEvents(accepted(PROFESSIONALS, FORMAL, SupportKind.FORMAL));
    }

    @Test
    void flagRaisedWhileAHandoverIsPendingEscalatesAsTheTransitionTableAllowsTheSystem() {
        assertThat(CaseTransitions.allows(CaseState.HANDOVER_PENDING, CaseAction.ESCALATE, Role.SYSTEM)).isTrue();
        assertThat(CaseTransitions.allows(CaseState.HANDOVER_PENDING, CaseAction.ESCALATE, Role.SUPPORTER)).isFalse();
        given(and(informalCase(), handoverRequested(HandoverReason.EXPERTISE, null, false)))
                .when(new RaiseComplexityFlagCommand(CASE, ComplexityFlag.SAFETY_CONCERN, null, volunteer()))
                .expectEvents(new ComplexityFlagRaisedEvent(CASE, ComplexityFlag.SAFETY_CONCERN, null, T0),
                        new CaseEscalatedEvent(CASE, VOLUNTEERS, EscalationTrigger.COMPLEXITY_FLAG, ComplexityFlag.SAFETY_CONCERN, T0));
    }

    @Test
    void escalationTheTransitionTableLeavesToTheSystemIsRefusedToTheSupporter() {
        assertThat(CaseTransitions.allows(CaseState.HANDOVER_PENDING, CaseAction.ESCALATE, Role.SUPPORTER)).isFalse();
        given(and(informalCase(), handoverRequested(HandoverReason.EXPERTISE, null, false)))
                .when(new EscalateCaseCommand(CASE, volunteer()))
                .expectNoEvents().expectException(NotAllowedToActException.class);
    }

    @Test
    void escalationInAStateWithoutAnEscalateTransitionConflictsWithTheCurrentState() {
        assertThat(CaseTransitions.find(CaseState.OFFERED, CaseAction.ESCALATE)).isEmpty();
        given(opened(), dispatched(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL))
                .when(new EscalateCaseCommand(CASE, Actor.COORDINATOR))
                .expectNoEvents().expectException(TransitionNotAllowedException.class);
    }

    @Test
    void hoursPastTheLimitWhileAHandoverIsPendingEscalateAsTheTransitionTableAllowsTheSystem() {
        assertThat(CaseTransitions.allows(CaseState.HANDOVER_PENDING, CaseAction.ESCALATE, Role.SYSTEM)).isTrue();
        given(and(informalCase(), handoverRequested(HandoverReason.EXPERTISE, null, false)))
                .when(new LogHoursCommand(CASE, 7 * 60, LocalDate.parse("2026-03-02"), volunteer()))
                .expectEvents(new HoursLoggedEvent(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 7 * 60, 7 * 60,
                                LocalDate.parse("2026-03-02"), T0),
                        new CaseEscalatedEvent(CASE, VOLUNTEERS, EscalationTrigger.HOURS_LIMIT, null, T0));
    }

    // withdrawing an offer

    @Test
    void coordinatorWithdrawsAnUnansweredOfferAndItsDeadlineIsCancelled() {
        fixture.givenCurrentTime(T0).andGiven(opened())
                .andGivenCommands(new DispatchCaseCommand(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, Actor.COORDINATOR))
                .when(new WithdrawOfferCommand(CASE, WithdrawalReason.BETTER_MATCH, Actor.COORDINATOR))
                .expectEvents(new OfferWithdrawnEvent(CASE, CASE + "/offer-1", VOLUNTEERS, INFORMAL, WithdrawalReason.BETTER_MATCH, T0))
                .expectNoScheduledDeadlines();
    }

    @Test
    void acceptingAWithdrawnOfferConflictsWithTheCurrentState() {
        given(opened(), dispatched(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL),
                new OfferWithdrawnEvent(CASE, CASE + "/offer-1", VOLUNTEERS, INFORMAL, WithdrawalReason.RESIDENT_WISH, T0))
                .when(new AcceptCaseCommand(CASE, INFORMAL, SupportKind.INFORMAL, Actor.organisation(VOLUNTEERS)))
                .expectNoEvents().expectException(TransitionNotAllowedException.class);
    }

    @Test
    void caseWithAWithdrawnOfferCanBeDispatchedAgain() {
        given(opened(), dispatched(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL),
                new OfferWithdrawnEvent(CASE, CASE + "/offer-1", VOLUNTEERS, INFORMAL, WithdrawalReason.BETTER_MATCH, T0))
                .when(new DispatchCaseCommand(CASE, PROFESSIONALS, FORMAL, SupportKind.FORMAL, Actor.COORDINATOR))
                .expectEvents(new CaseDispatchedEvent(CASE, CASE + "/offer-2", PROFESSIONALS, FORMAL, SupportKind.FORMAL,
                        Instant.parse("2026-03-05T09:00:00Z"), false, T0));
    }

    @Test
    void onlyTheCoordinatorWithdrawsAnOffer() {
        given(opened(), dispatched(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL))
                .when(new WithdrawOfferCommand(CASE, WithdrawalReason.OTHER, Actor.organisation(VOLUNTEERS)))
                .expectNoEvents().expectException(NotAllowedToActException.class);
    }

    @Test
    void withdrawingAnOfferNeedsItsReason() {
        given(opened(), dispatched(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL))
                .when(new WithdrawOfferCommand(CASE, null, Actor.COORDINATOR))
                .expectNoEvents().expectException(CaseRuleException.class);
    }

    @Test
    void onlyAnUnansweredOfferCanBeWithdrawn() {
        given(informalCase())
                .when(new WithdrawOfferCommand(CASE, WithdrawalReason.OTHER, Actor.COORDINATOR))
                .expectNoEvents().expectException(TransitionNotAllowedException.class);
    }

    @Test
    void onlyTheCoordinatorDispatches() {
        given(opened())
                .when(new DispatchCaseCommand(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, Actor.organisation(VOLUNTEERS)))
                .expectNoEvents().expectException(NotAllowedToActException.class);
    }

    @Test
    void secondDispatchOfAnOfferedCaseConflictsWithTheCurrentState() {
        given(opened(), dispatched(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL))
                .when(new DispatchCaseCommand(CASE, PROFESSIONALS, FORMAL, SupportKind.FORMAL, Actor.COORDINATOR))
                .expectNoEvents().expectException(TransitionNotAllowedException.class);
    }

    @Test
    void addressedOrganisationAcceptsForOneOfItsSupporters() {
        given(opened(), dispatched(VOLUNTEERS, null, null))
                .when(new AcceptCaseCommand(CASE, INFORMAL, SupportKind.INFORMAL, Actor.organisation(VOLUNTEERS)))
                .expectEvents(accepted(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL));
    }

    @Test
    void anotherOrganisationCannotAcceptAnOfferNotAddressedToIt() {
        given(opened(), dispatched(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL))
                .when(new AcceptCaseCommand(CASE, FORMAL, SupportKind.FORMAL, Actor.organisation(PROFESSIONALS)))
                .expectNoEvents().expectException(NotAllowedToActException.class);
    }

    @Test
    void declinedOfferGoesBackToTheQueue() {
        given(opened(), dispatched(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL))
                .when(new DeclineCaseCommand(CASE, DeclineReason.NO_CAPACITY, Actor.organisation(VOLUNTEERS)))
                .expectEvents(new OfferDeclinedEvent(CASE, CASE + "/offer-1", VOLUNTEERS, DeclineReason.NO_CAPACITY, T0));
    }

    @Test
    void unansweredOfferReturnsToTheQueueFlaggedOverdueAtItsDeadline() {
        fixture.givenCurrentTime(T0).andGiven(opened())
                .andGivenCommands(new DispatchCaseCommand(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, Actor.COORDINATOR))
                .whenTimeElapses(Duration.ofDays(3))
                .expectDeadlinesMet(new OfferDeadline(CASE + "/offer-1"))
                .expectEvents(new OfferExpiredEvent(CASE, CASE + "/offer-1", VOLUNTEERS,
                        Instant.parse("2026-03-05T09:00:00Z"), Instant.parse("2026-03-05T09:00:00Z")));
    }

    @Test
    void deadlineOfAnAcceptedOfferDoesNothing() {
        fixture.givenCurrentTime(T0).andGiven(opened())
                .andGivenCommands(new DispatchCaseCommand(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, Actor.COORDINATOR),
                        new AcceptCaseCommand(CASE, INFORMAL, SupportKind.INFORMAL, Actor.organisation(VOLUNTEERS)))
                .whenTimeElapses(Duration.ofDays(4))
                .expectNoEvents();
    }

    // hours and escalation

    @Test
    void firstLoggedHoursPutTheCaseInProgress() {
        given(informalCase())
                .when(new LogHoursCommand(CASE, 90, LocalDate.parse("2026-03-02"), volunteer()))
                .expectEvents(new HoursLoggedEvent(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 90, 90,
                        LocalDate.parse("2026-03-02"), T0));
    }

    @Test
    void negativeHoursAreRefused() {
        given(informalCase()).when(new LogHoursCommand(CASE, -30, LocalDate.parse("2026-03-02"), volunteer()))
                .expectNoEvents().expectException(CaseRuleException.class);
    }

    @Test
    void hoursInTheFutureAreRefused() {
        given(informalCase()).when(new LogHoursCommand(CASE, 30, LocalDate.parse("2026-03-03"), volunteer()))
                .expectNoEvents().expectException(CaseRuleException.class);
    }

    @Test
    void anotherSupporterCannotLogHours() {
        given(informalCase()).when(new LogHoursCommand(CASE, 30, LocalDate.parse("2026-03-02"),
                        Actor.supporter(PROFESSIONALS, FORMAL)))
                .expectNoEvents().expectException(NotAllowedToActException.class);
    }

    @Test
    void informalCaseEscalatesWhenHoursPassTheTargetGroupLimit() {
        given(and(informalCase(), new HoursLoggedEvent(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 300, 300,
                LocalDate.parse("2026-03-02"), T0)))
                .when(new LogHoursCommand(CASE, 90, LocalDate.parse("2026-03-02"), volunteer()))
                .expectEvents(new HoursLoggedEvent(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 90, 390,
                                LocalDate.parse("2026-03-02"), T0),
                        new CaseEscalatedEvent(CASE, VOLUNTEERS, EscalationTrigger.HOURS_LIMIT, null, T0));
    }

    @Test
    void formalCaseDoesNotEscalateOnHours() {
        given(formalCase()).when(new LogHoursCommand(CASE, 600, LocalDate.parse("2026-03-02"),
                        Actor.supporter(PROFESSIONALS, FORMAL)))
                .expectEvents(new HoursLoggedEvent(CASE, PROFESSIONALS, FORMAL, SupportKind.FORMAL, 600, 600,
                        LocalDate.parse("2026-03-02"), T0));
    }

    @Test
    void objectionDeadlineOnAnInformalCaseEscalatesIt() {
        given(informalCase())
                .when(new RaiseComplexityFlagCommand(CASE, ComplexityFlag.OBJECTION_DEADLINE, OBJECTION_DATE, volunteer()))
                .expectEvents(new ComplexityFlagRaisedEvent(CASE, ComplexityFlag.OBJECTION_DEADLINE, OBJECTION_DATE, T0),
                        new CaseEscalatedEvent(CASE, VOLUNTEERS, EscalationTrigger.COMPLEXITY_FLAG, ComplexityFlag.OBJECTION_DEADLINE, T0));
    }

    @Test
    void informalSupporterAsksForEscalation() {
        given(informalCase()).when(new EscalateCaseCommand(CASE, volunteer()))
                .expectEvents(new CaseEscalatedEvent(CASE, VOLUNTEERS, EscalationTrigger.MANUAL, null, T0));
    }

    @Test
    void escalatedCaseCannotBeEscalatedAgain() {
        given(and(informalCase(), new CaseEscalatedEvent(CASE, VOLUNTEERS, EscalationTrigger.MANUAL, null, T0)))
                .when(new EscalateCaseCommand(CASE, volunteer()))
                .expectNoEvents().expectException(CaseRuleException.class);
    }

    @Test
    void formalCaseCannotBeEscalated() {
        given(formalCase()).when(new EscalateCaseCommand(CASE, Actor.COORDINATOR))
                .expectNoEvents().expectException(CaseRuleException.class);
    }

    @Test
    void informalCaseWithoutProgressForThreeWeeksEscalates() {
        fixture.givenCurrentTime(T0).andGiven(opened(), dispatched(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL))
                .andGivenCommands(new AcceptCaseCommand(CASE, INFORMAL, SupportKind.INFORMAL, Actor.organisation(VOLUNTEERS)))
                .whenTimeElapses(Duration.ofDays(21))
                .expectEvents(new CaseEscalatedEvent(CASE, VOLUNTEERS, EscalationTrigger.NO_PROGRESS, null, T0.plus(Duration.ofDays(21))));
    }

    @Test
    void progressPostponesTheNoProgressEscalation() {
        fixture.givenCurrentTime(T0).andGiven(opened(), dispatched(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL))
                .andGivenCommands(new AcceptCaseCommand(CASE, INFORMAL, SupportKind.INFORMAL, Actor.organisation(VOLUNTEERS)))
                .andGiven(new HoursLoggedEvent(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 60, 60,
                        LocalDate.parse("2026-03-12"), T0.plus(Duration.ofDays(10))))
                .whenTimeElapses(Duration.ofDays(21))
                .expectNoEvents();
    }

    // handovers

    @Test
    void warmHandoverWithoutConsentIsRefused() {
        given(informalCase())
                .when(new RequestHandoverCommand(CASE, "h-1", PROFESSIONALS, null, HandoverReason.EXPERTISE, SUMMARY,
                        false, volunteer()))
                .expectNoEvents().expectException(ConsentMissingException.class);
    }

    @Test
    void warmHandoverWithConsentForThatOrganisationIsRequested() {
        given(and(informalCase(), new ConsentRecordedEvent(CASE, PROFESSIONALS, T0)))
                .when(new RequestHandoverCommand(CASE, "h-1", PROFESSIONALS, null, HandoverReason.EXPERTISE, SUMMARY,
                        false, volunteer()))
                .expectEvents(handoverRequested(HandoverReason.EXPERTISE, SUMMARY, false))
                .expectScheduledDeadline(Duration.ofDays(3), new HandoverDeadline("h-1"));
    }

    @Test
    void consentForAnotherOrganisationDoesNotCount() {
        given(and(informalCase(), new ConsentRecordedEvent(CASE, "org-other", T0)))
                .when(new RequestHandoverCommand(CASE, "h-1", PROFESSIONALS, null, HandoverReason.EXPERTISE, SUMMARY,
                        false, volunteer()))
                .expectNoEvents().expectException(ConsentMissingException.class);
    }

    // consent

    @Test
    void consentIsRecordedOncePerOrganisation() {
        given(and(informalCase(), new ConsentRecordedEvent(CASE, PROFESSIONALS, T0)))
                .when(new RecordConsentCommand(CASE, PROFESSIONALS, volunteer()))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void residentCanWithdrawConsent() {
        given(and(informalCase(), new ConsentRecordedEvent(CASE, PROFESSIONALS, T0)))
                .when(new WithdrawConsentCommand(CASE, PROFESSIONALS, volunteer()))
                .expectEvents(new ConsentWithdrawnEvent(CASE, PROFESSIONALS, T0));
    }

    @Test
    void withdrawingConsentThatWasNeverGivenChangesNothing() {
        given(informalCase())
                .when(new WithdrawConsentCommand(CASE, PROFESSIONALS, volunteer()))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void warmHandoverAfterConsentWasWithdrawnIsRefused() {
        given(and(informalCase(), new ConsentRecordedEvent(CASE, PROFESSIONALS, T0),
                new ConsentWithdrawnEvent(CASE, PROFESSIONALS, T0)))
                .when(new RequestHandoverCommand(CASE, "h-1", PROFESSIONALS, null, HandoverReason.EXPERTISE, SUMMARY,
                        false, volunteer()))
                .expectNoEvents().expectException(ConsentMissingException.class);
    }

    @Test
    void consentCanBeWithdrawnAfterTheCaseIsClosed() {
        given(and(informalCase(), new ConsentRecordedEvent(CASE, PROFESSIONALS, T0),
                new CaseClosedEvent(CASE, Outcome.RESOLVED, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 0, T0, T0)))
                .when(new WithdrawConsentCommand(CASE, PROFESSIONALS, Actor.COORDINATOR))
                .expectEvents(new ConsentWithdrawnEvent(CASE, PROFESSIONALS, T0));
    }

    @Test
    void receivingOrganisationCannotWithdrawTheResidentsConsent() {
        given(and(informalCase(), new ConsentRecordedEvent(CASE, PROFESSIONALS, T0)))
                .when(new WithdrawConsentCommand(CASE, PROFESSIONALS, Actor.receivingOrganisation(PROFESSIONALS)))
                .expectNoEvents().expectException(NotAllowedToActException.class);
    }

    @Test
    void escalationHandoverAcceptedByAFormalSupporterWithCoSupport() {
        given(and(informalCase(), new CaseEscalatedEvent(CASE, VOLUNTEERS, EscalationTrigger.MANUAL, null, T0),
                handoverRequested(HandoverReason.ESCALATION, null, true)))
                .when(new AcceptHandoverCommand(CASE, "h-1", FORMAL, SupportKind.FORMAL,
                        Actor.receivingOrganisation(PROFESSIONALS)))
                .expectEvents(new HandoverAcceptedEvent(CASE, "h-1", VOLUNTEERS, INFORMAL, SupportKind.INFORMAL,
                        PROFESSIONALS, FORMAL, SupportKind.FORMAL, HandoverReason.ESCALATION, false, true, T0));
    }

    @Test
    void escalationCannotBeTakenOverByAnInformalSupporter() {
        given(and(informalCase(), handoverRequested(HandoverReason.ESCALATION, null, true)))
                .when(new AcceptHandoverCommand(CASE, "h-1", "sup-other", SupportKind.INFORMAL,
                        Actor.receivingOrganisation(PROFESSIONALS)))
                .expectNoEvents().expectException(SupporterNotEligibleException.class);
    }

    @Test
    void coSupporterStaysInvolvedAndMayLogHours() {
        given(and(informalCase(), handoverRequested(HandoverReason.ESCALATION, null, true),
                new HandoverAcceptedEvent(CASE, "h-1", VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, PROFESSIONALS, FORMAL,
                        SupportKind.FORMAL, HandoverReason.ESCALATION, false, true, T0)))
                .when(new LogHoursCommand(CASE, 30, LocalDate.parse("2026-03-02"), volunteer()))
                .expectEvents(new HoursLoggedEvent(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 30, 30,
                        LocalDate.parse("2026-03-02"), T0));
    }

    @Test
    void onlyTheReceivingOrganisationAnswersAHandover() {
        given(and(informalCase(), handoverRequested(HandoverReason.EXPERTISE, null, false)))
                .when(new AcceptHandoverCommand(CASE, "h-1", INFORMAL, SupportKind.INFORMAL, Actor.receivingOrganisation(VOLUNTEERS)))
                .expectNoEvents().expectException(NotAllowedToActException.class);
    }

    @Test
    void declinedHandoverReturnsToTheRequester() {
        given(and(informalCase(), handoverRequested(HandoverReason.EXPERTISE, null, false)))
                .when(new DeclineHandoverCommand(CASE, "h-1", DeclineReason.NO_CAPACITY, Actor.receivingOrganisation(PROFESSIONALS)))
                .expectEvents(new HandoverDeclinedEvent(CASE, "h-1", VOLUNTEERS, PROFESSIONALS, HandoverReason.EXPERTISE,
                        DeclineReason.NO_CAPACITY, T0));
    }

    @Test
    void anOrganisationThatLostTheRaceForACaseLearnsItsStateButNotWhoHasIt() {
        Object[] acceptedByProfessionals = {opened(), dispatched(PROFESSIONALS, FORMAL, SupportKind.FORMAL),
                accepted(PROFESSIONALS, FORMAL, SupportKind.FORMAL)};
        given(acceptedByProfessionals)
                .when(new AcceptCaseCommand(CASE, INFORMAL, SupportKind.INFORMAL, Actor.organisation(VOLUNTEERS)))
                .expectNoEvents().expectException(refusedWith(new CurrentCaseState(CASE, CaseState.ACCEPTED, null, null)));
        given(acceptedByProfessionals)
                .when(new AcceptCaseCommand(CASE, FORMAL, SupportKind.FORMAL, Actor.organisation(PROFESSIONALS)))
                .expectNoEvents().expectException(refusedWith(new CurrentCaseState(CASE, CaseState.ACCEPTED, PROFESSIONALS, FORMAL)));
        given(acceptedByProfessionals)
                .when(new DispatchCaseCommand(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, Actor.COORDINATOR))
                .expectNoEvents().expectException(refusedWith(new CurrentCaseState(CASE, CaseState.ACCEPTED, PROFESSIONALS, FORMAL)));
        given(acceptedByProfessionals)
                .when(new AcceptHandoverCommand(CASE, "h-1", INFORMAL, SupportKind.INFORMAL, Actor.receivingOrganisation(VOLUNTEERS)))
                .expectNoEvents().expectException(refusedWith(new CurrentCaseState(CASE, CaseState.ACCEPTED, null, null)));
    }

    private static Matcher<Object> refusedWith(CurrentCaseState current) {
        return predicate(e -> e instanceof TransitionNotAllowedException refused && current.equals(refused.currentState()));
    }

    @Test
    void unansweredHandoverExpiresAndReturnsToTheRequester() {
        fixture.givenCurrentTime(T0).andGiven(informalCase())
                .andGivenCommands(new RequestHandoverCommand(CASE, "h-1", PROFESSIONALS, null, HandoverReason.CAPACITY,
                        null, false, volunteer()))
                .whenTimeElapses(Duration.ofDays(3))
                .expectEvents(new HandoverExpiredEvent(CASE, "h-1", VOLUNTEERS, PROFESSIONALS, HandoverReason.CAPACITY,
                        Instant.parse("2026-03-05T09:00:00Z"), Instant.parse("2026-03-05T09:00:00Z")));
    }

    @Test
    void pendingHandoverCannotBeClosed() {
        given(and(informalCase(), handoverRequested(HandoverReason.EXPERTISE, null, false)))
                .when(new CloseCaseCommand(CASE, Outcome.RESOLVED, volunteer()))
                .expectNoEvents().expectException(TransitionNotAllowedException.class);
    }

    @Test
    void informalCaseCannotBeDeescalated() {
        given(informalCase())
                .when(new RequestHandoverCommand(CASE, "h-1", VOLUNTEERS, null, HandoverReason.DEESCALATION, null, false,
                        Actor.COORDINATOR))
                .expectNoEvents().expectException(CaseRuleException.class);
    }

    private static HandoverRequestedEvent deescalationRequested() {
        return new HandoverRequestedEvent(CASE, "h-2", PROFESSIONALS, FORMAL, SupportKind.FORMAL, VOLUNTEERS,
                null, HandoverReason.DEESCALATION, null, false, Instant.parse("2026-03-05T09:00:00Z"), T0);
    }

    @Test
    void deescalationIsRequestedThroughAHandoverAndIsNoFactYet() {
        given(formalCase())
                .when(new RequestHandoverCommand(CASE, "h-2", VOLUNTEERS, null, HandoverReason.DEESCALATION, null, false,
                        Actor.COORDINATOR))
                .expectEvents(deescalationRequested());
    }

    @Test
    void deescalationIsAFactOnceTheReceivingSideAcceptsIt() {
        given(and(formalCase(), deescalationRequested()))
                .when(new AcceptHandoverCommand(CASE, "h-2", INFORMAL, SupportKind.INFORMAL, Actor.receivingOrganisation(VOLUNTEERS)))
                .expectEvents(new HandoverAcceptedEvent(CASE, "h-2", PROFESSIONALS, FORMAL, SupportKind.FORMAL, VOLUNTEERS,
                                INFORMAL, SupportKind.INFORMAL, HandoverReason.DEESCALATION, false, false, T0),
                        new CaseDeescalatedEvent(CASE, "h-2", T0));
    }

    @Test
    void refusedDeescalationIsNoDeescalation() {
        given(and(formalCase(), deescalationRequested()))
                .when(new DeclineHandoverCommand(CASE, "h-2", DeclineReason.NO_CAPACITY, Actor.receivingOrganisation(VOLUNTEERS)))
                .expectEvents(new HandoverDeclinedEvent(CASE, "h-2", PROFESSIONALS, VOLUNTEERS, HandoverReason.DEESCALATION,
                        DeclineReason.NO_CAPACITY, T0));
    }

    @Test
    void deescalationWhileADeadlineFlagRunsIsRefusedAtTheRequest() {
        given(and(formalCase(), new ComplexityFlagRaisedEvent(CASE, ComplexityFlag.COMPLAINT_DEADLINE, OBJECTION_DATE, T0)))
                .when(new RequestHandoverCommand(CASE, "h-2", VOLUNTEERS, null, HandoverReason.DEESCALATION, null, false,
                        Actor.COORDINATOR))
                .expectNoEvents().expectException(CaseRuleException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("cannot be de-escalated"));
    }

    // closing, experience, reopening

    @Test
    void supporterClosesWithOutcomeAndHours() {
        given(and(informalCase(), new HoursLoggedEvent(CASE, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 120, 120,
                LocalDate.parse("2026-03-02"), T0)))
                .when(new CloseCaseCommand(CASE, Outcome.RESOLVED, volunteer()))
                .expectEvents(new CaseClosedEvent(CASE, Outcome.RESOLVED, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL,
                        120, T0, T0));
    }

    @Test
    void owningOrganisationClosesItsCase() {
        given(informalCase()).when(new CloseCaseCommand(CASE, Outcome.RESOLVED, Actor.organisation(VOLUNTEERS)))
                .expectEvents(new CaseClosedEvent(CASE, Outcome.RESOLVED, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 0, T0, T0));
    }

    @Test
    void anotherOrganisationCannotCloseTheCase() {
        given(informalCase()).when(new CloseCaseCommand(CASE, Outcome.RESOLVED, Actor.organisation(PROFESSIONALS)))
                .expectNoEvents().expectException(NotAllowedToActException.class);
    }

    @Test
    void owningOrganisationCannotLogHoursInItsOwnName() {
        given(informalCase()).when(new LogHoursCommand(CASE, 30, LocalDate.parse("2026-03-02"), Actor.organisation(VOLUNTEERS)))
                .expectNoEvents().expectException(NotAllowedToActException.class);
    }

    @Test
    void theSupporterWhoHadTheCaseRecordsTheExperienceAfterClosing() {
        ExperienceScores scores = new ExperienceScores(5, 4, null, 5, 5);
        given(and(informalCase(), new CaseClosedEvent(CASE, Outcome.RESOLVED, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 0, T0, T0)))
                .when(new RecordExperienceCommand(CASE, scores, null, volunteer()))
                .expectEvents(new ExperienceRecordedEvent(CASE, scores, null, SupportKind.INFORMAL, T0));
    }

    @Test
    void anotherSupporterCannotRecordTheExperienceOfAClosedCase() {
        given(and(informalCase(), new CaseClosedEvent(CASE, Outcome.RESOLVED, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 0, T0, T0)))
                .when(new RecordExperienceCommand(CASE, new ExperienceScores(5, 4, null, 5, 5), null,
                        Actor.supporter(PROFESSIONALS, FORMAL)))
                .expectNoEvents().expectException(NotAllowedToActException.class);
    }

    @Test
    void closedCaseTakesNoMoreHours() {
        given(and(informalCase(), new CaseClosedEvent(CASE, Outcome.RESOLVED, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 0, T0, T0)))
                .when(new LogHoursCommand(CASE, 30, LocalDate.parse("2026-03-02"), volunteer()))
                .expectNoEvents().expectException(TransitionNotAllowedException.class);
    }

    @Test
    void experienceScoresOutsideOneToFiveAreRefused() {
        given(and(informalCase(), new CaseClosedEvent(CASE, Outcome.RESOLVED, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 0, T0, T0)))
                .when(new RecordExperienceCommand(CASE, new ExperienceScores(6, 4, null, 5, 5), null, Actor.COORDINATOR))
                .expectNoEvents().expectException(CaseRuleException.class);
    }

    @Test
    void experienceOfAClosedCaseIsRecorded() {
        ExperienceScores scores = new ExperienceScores(5, 4, null, 5, 5);
        given(and(informalCase(), new CaseClosedEvent(CASE, Outcome.RESOLVED, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 0, T0, T0)))
                .when(new RecordExperienceCommand(CASE, scores, POINTS, Actor.COORDINATOR))
                .expectEvents(new ExperienceRecordedEvent(CASE, scores, POINTS, SupportKind.INFORMAL, T0));
    }

    @Test
    void secondExperienceOfACaseIsRefusedSoTheResidentIsCountedOnce() {
        ExperienceScores scores = new ExperienceScores(5, 4, null, 5, 5);
        given(and(informalCase(), new CaseClosedEvent(CASE, Outcome.RESOLVED, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 0, T0, T0),
                new ExperienceRecordedEvent(CASE, scores, null, SupportKind.INFORMAL, T0)))
                .when(new RecordExperienceCommand(CASE, new ExperienceScores(1, 1, 1, 1, 1), null, Actor.COORDINATOR))
                .expectNoEvents().expectException(ExperienceAlreadyRecordedException.class);
    }

    @Test
    void reopenedCaseIsOfferedToTheSameSupporterFirst() {
        given(and(informalCase(), new CaseClosedEvent(CASE, Outcome.RESOLVED, VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, 0, T0, T0)))
                .when(new ReopenCaseCommand(CASE, Actor.COORDINATOR))
                .expectEvents(new CaseReopenedEvent(CASE, T0),
                        new CaseDispatchedEvent(CASE, CASE + "/offer-2", VOLUNTEERS, INFORMAL, SupportKind.INFORMAL,
                                Instant.parse("2026-03-05T09:00:00Z"), true, T0));
    }

    @Test
    void everyStateButClosedCanBeLeftAndEveryTransitionNamesWhoMayMakeIt() {
        for (CaseState state : CaseState.values()) {
            assertThat(CaseTransitions.ALLOWED).as("moves out of " + state).anyMatch(t -> t.from() == state);
        }
        assertThat(CaseTransitions.ALLOWED).allMatch(t -> !t.by().isEmpty());
    }
}
