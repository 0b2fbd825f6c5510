package nl.samenspel.signalling.collective;

import nl.samenspel.signalling.SignallingConflictException;
import nl.samenspel.kit.text.PersonalDataException;
import nl.samenspel.signalling.SignallingNotFoundException;
import nl.samenspel.signalling.FixtureClock;
import nl.samenspel.signalling.TestCatalogue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static nl.samenspel.signalling.TestCatalogue.NOW;

class CollectiveSignalTest {

    private static final String ID = "cs-1";
    private static final String HILLEGOM = "GM0534";
    private static final Duration ACK = Duration.ofDays(14);
    private static final Duration ANSWER = Duration.ofDays(60);
    private FixtureConfiguration<CollectiveSignal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CollectiveSignal.class);
        FixtureClock clock = new FixtureClock(() -> ((AggregateTestFixture<?>) fixture).currentTime());
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(TestCatalogue.demoRegion());
        fixture.registerInjectableResource(new CollectiveSignalDeadlines(ACK, ANSWER));
    }

    private static final List<String> DESCRIPTIONS = List.of("Household help takes 14 weeks.",
            "No kitchen-table talk within 8 weeks.", "Residents give up waiting.");

    static RaiseCollectiveSignalCommand raise() {
        return new RaiseCollectiveSignalCommand(ID, HILLEGOM, "WAITING_TIMES", CollectiveSignalOrigin.BUNDLED,
                "3 signals about waiting times", Set.of("s1", "s2", "s3"), Set.of("o1", "o2"), Set.of("CARE_AND_SUPPORT"),
                Set.of("OLDER_PEOPLE"), 9, DESCRIPTIONS);
    }

    static CollectiveSignalRaisedEvent raised() {
        return new CollectiveSignalRaisedEvent(ID, HILLEGOM, "WAITING_TIMES", CollectiveSignalOrigin.BUNDLED,
                "3 signals about waiting times", Set.of("s1", "s2", "s3"), Set.of("o1", "o2"), Set.of("CARE_AND_SUPPORT"),
                Set.of("OLDER_PEOPLE"), NOW, NOW.plus(ACK), NOW.plus(ANSWER), 9, DESCRIPTIONS);
    }

    private static RaiseCollectiveSignalCommand raiseFromCoverageGap() {
        return new RaiseCollectiveSignalCommand(ID, HILLEGOM, "MISSING_PROVISION", CollectiveSignalOrigin.COVERAGE_GAP,
                "No eligible supporter serves older people in housing in Hillegom.", Set.of(), Set.of(),
                Set.of("HOUSING"), Set.of("OLDER_PEOPLE"), 0, List.of());
    }

    private static AnswerCollectiveSignalCommand answer(String text) {
        return new AnswerCollectiveSignalCommand(ID, HILLEGOM, text, "Extra access officers", LocalDate.of(2027, 3, 1));
    }

    @Test
    void raisingSchedulesTheAcknowledgementAndAnswerDeadlines() {
        fixture.givenCurrentTime(NOW)
                .when(raise())
                .expectEvents(raised())
                .expectScheduledDeadlineWithName(ACK, "collective-signal-acknowledgement")
                .expectScheduledDeadlineWithName(ANSWER, "collective-signal-answer");
    }

    @Test
    void summaryWithPersonalDataIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(new RaiseCollectiveSignalCommand(ID, HILLEGOM, "WAITING_TIMES", CollectiveSignalOrigin.MANUAL,
                        "Mrs. with bsn 111222333 waits", Set.of(), Set.of(), Set.of(), Set.of(), 0, List.of()))
                .expectNoEvents()
                .expectException(PersonalDataException.class)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aDescriptionWithPersonalDataStaysOutOfTheCollectiveSignal() {
        fixture.givenCurrentTime(NOW)
                .when(new RaiseCollectiveSignalCommand(ID, HILLEGOM, "WAITING_TIMES", CollectiveSignalOrigin.MANUAL,
                        "Waiting times", Set.of("s1", "s2"), Set.of("o1"), Set.of(), Set.of(), 3,
                        List.of("Household help takes 14 weeks.", "Call her on 06-12345678 about the waiting list.")))
                .expectEvents(new CollectiveSignalRaisedEvent(ID, HILLEGOM, "WAITING_TIMES", CollectiveSignalOrigin.MANUAL,
                        "Waiting times", Set.of("s1", "s2"), Set.of("o1"), Set.of(), Set.of(), NOW, NOW.plus(ACK),
                        NOW.plus(ANSWER), 3, List.of("Household help takes 14 weeks.")));
    }

    @Test
    void signalRaisedFromACoverageGapClosesByItselfWhenTheGapClosesAndLosesItsDeadlines() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(raiseFromCoverageGap())
                .when(new ResolveCollectiveSignalCommand(ID))
                .expectEvents(new CollectiveSignalResolvedEvent(ID, HILLEGOM, CollectiveSignalOrigin.COVERAGE_GAP, NOW))
                .expectNoScheduledDeadlines();
    }

    @Test
    void acknowledgedGapSignalAlsoClosesWhenTheGapCloses() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(raiseFromCoverageGap(), new AcknowledgeCollectiveSignalCommand(ID, HILLEGOM))
                .when(new ResolveCollectiveSignalCommand(ID))
                .expectEvents(new CollectiveSignalResolvedEvent(ID, HILLEGOM, CollectiveSignalOrigin.COVERAGE_GAP, NOW));
    }

    @Test
    void closingAGapSignalAgainChangesNothing() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(raiseFromCoverageGap(), new ResolveCollectiveSignalCommand(ID))
                .when(new ResolveCollectiveSignalCommand(ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void collectiveSignalHoldingTheNetworksOwnSignalsStaysOpenWhenItsFactEnds() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(raiseFromCoverageGap(), new AddSignalsCommand(ID, Set.of("s1"), Set.of("o1")))
                .when(new ResolveCollectiveSignalCommand(ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void unacknowledgedSignalBecomesOverdueWhenTheDeadlinePasses() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(raise())
                .whenTimeElapses(ACK.plusHours(1))
                .expectTriggeredDeadlinesWithName("collective-signal-acknowledgement")
                .expectEvents(new CollectiveSignalOverdueEvent(ID, HILLEGOM, DeadlineKind.ACKNOWLEDGEMENT, NOW.plus(ACK)));
    }

    @Test
    void acknowledgedSignalIsNotOverdueForAcknowledgement() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(raise(), new AcknowledgeCollectiveSignalCommand(ID, HILLEGOM))
                .whenTimeElapses(ACK.plusHours(1))
                .expectNoEvents();
    }

    @Test
    void acknowledgedButUnansweredSignalBecomesOverdueForItsAnswer() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(raise(), new AcknowledgeCollectiveSignalCommand(ID, HILLEGOM))
                .whenTimeElapses(ANSWER.plusHours(1))
                .expectEvents(new CollectiveSignalOverdueEvent(ID, HILLEGOM, DeadlineKind.ANSWER, NOW.plus(ANSWER)));
    }

    @Test
    void answeredSignalMissesNoDeadline() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(raise(), answer("We add capacity."))
                .whenTimeElapses(ANSWER.plusDays(1))
                .expectNoEvents();
    }

    @Test
    void acknowledgementAfterTheDeadlineIsMarkedLate() {
        Instant later = NOW.plus(ACK).plusSeconds(60);
        fixture.given(raised())
                .andGivenCurrentTime(later)
                .when(new AcknowledgeCollectiveSignalCommand(ID, HILLEGOM))
                .expectEvents(new CollectiveSignalAcknowledgedEvent(ID, HILLEGOM, "WAITING_TIMES", later, true));
    }

    @Test
    void municipalityAnswersWithAPlannedMeasure() {
        fixture.given(raised())
                .andGivenCurrentTime(NOW.plusSeconds(3600))
                .when(answer("We add capacity."))
                .expectEvents(new CollectiveSignalAnsweredEvent(ID, HILLEGOM, "WAITING_TIMES", "We add capacity.",
                        "Extra access officers", LocalDate.of(2027, 3, 1), Set.of("s1", "s2", "s3"),
                        NOW.plusSeconds(3600), false));
    }

    @Test
    void answerWithAnEmailAddressIsRefused() {
        fixture.given(raised())
                .when(answer("Mail the alderman at wethouder@hillegom.nl"))
                .expectNoEvents()
                .expectException(PersonalDataException.class);
    }

    @Test
    void anotherMunicipalityCannotSeeOrAnswerIt() {
        fixture.given(raised())
                .when(new AnswerCollectiveSignalCommand(ID, "GM0553", "Not ours", null, null))
                .expectNoEvents()
                .expectException(SignallingNotFoundException.class);
    }

    @Test
    void signalCannotBeClosedBeforeItIsAnswered() {
        fixture.given(raised())
                .when(new CloseCollectiveSignalCommand(ID, HILLEGOM))
                .expectNoEvents()
                .expectException(SignallingConflictException.class);
    }

    @Test
    void answeredSignalIsClosed() {
        fixture.given(raised())
                .andGivenCommands(answer("We add capacity."))
                .andGivenCurrentTime(NOW)
                .when(new CloseCollectiveSignalCommand(ID, HILLEGOM))
                .expectEvents(new CollectiveSignalClosedEvent(ID, HILLEGOM, Set.of("s1", "s2", "s3"), NOW));
    }

    @Test
    void openSignalIsMergedIntoAnotherAndLosesItsDeadlines() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(raise())
                .when(new MergeCollectiveSignalCommand(ID, "cs-2"))
                .expectEvents(new CollectiveSignalMergedEvent(ID, "cs-2", HILLEGOM, Set.of("s1", "s2", "s3"),
                        Set.of("o1", "o2"), NOW))
                .expectNoScheduledDeadlines();
    }

    @Test
    void answeredSignalCannotBeMerged() {
        fixture.given(raised())
                .andGivenCommands(answer("We add capacity."))
                .when(new MergeCollectiveSignalCommand(ID, "cs-2"))
                .expectNoEvents()
                .expectException(SignallingConflictException.class);
    }

    @Test
    void mergedSignalsJoinAnOpenCollectiveSignalOnce() {
        fixture.given(raised())
                .when(new AddSignalsCommand(ID, Set.of("s3", "s4"), Set.of("o3")))
                .expectEvents(new SignalsAddedEvent(ID, Set.of("s4"), Set.of("o3"), 4, 3));
    }

    @Test
    void signalsCannotJoinAClosedCollectiveSignal() {
        fixture.given(raised(), new CollectiveSignalMergedEvent(ID, "cs-2", HILLEGOM, Set.of(), Set.of(), NOW))
                .when(new AddSignalsCommand(ID, Set.of("s4"), Set.of("o3")))
                .expectNoEvents()
                .expectException(SignallingConflictException.class);
    }
}
