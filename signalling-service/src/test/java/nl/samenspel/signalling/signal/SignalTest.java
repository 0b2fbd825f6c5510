package nl.samenspel.signalling.signal;

import nl.samenspel.signalling.SignallingConflictException;
import nl.samenspel.kit.text.PersonalDataException;
import nl.samenspel.signalling.TestCatalogue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.samenspel.signalling.TestCatalogue.NOW;
import static org.assertj.core.api.Assertions.assertThat;

class SignalTest {

    private static final String SIGNAL = "sig-1";
    private static final String COLLECTIVE = "cs-1";
    private FixtureConfiguration<Signal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Signal.class);
        fixture.registerInjectableResource(TestCatalogue.demoRegion());
        fixture.registerInjectableResource(TestCatalogue.CLOCK);
    }

    static FileSignalCommand file(String description) {
        return new FileSignalCommand(SIGNAL, "org-mee", "GM0534", "WAITING_TIMES", "CARE_AND_SUPPORT", "OLDER_PEOPLE",
                description, 4, List.of("C-2026-118"));
    }

    static SignalFiledEvent filed() {
        return new SignalFiledEvent(SIGNAL, "org-mee", "GM0534", "WAITING_TIMES", "CARE_AND_SUPPORT", "OLDER_PEOPLE",
                "Household help takes 14 weeks.", 4, List.of("C-2026-118"), NOW);
    }

    static SignalStatusChangedEvent moved(SignalStatus from, SignalStatus to, String collective) {
        return new SignalStatusChangedEvent(SIGNAL, "org-mee", "GM0534", "WAITING_TIMES", from, to, collective, NOW);
    }

    @Test
    void signalWithCleanTextIsFiled() {
        fixture.givenNoPriorActivity()
                .when(file("Household help takes 14 weeks."))
                .expectEvents(filed());
    }

    @Test
    void signalWithAPhoneNumberIsRefusedAndStoresNothing() {
        fixture.givenNoPriorActivity()
                .when(file("Call her at 06-12345678, she waits 14 weeks."))
                .expectNoEvents()
                .expectException(PersonalDataException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("a phone number"));
    }

    @Test
    void signalAboutAnUnknownCategoryIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new FileSignalCommand(SIGNAL, "org-mee", "GM0534", "queues", "CARE_AND_SUPPORT", "OLDER_PEOPLE",
                        "Text", 1, List.of()))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void signalForAMunicipalityOutsideTheNetworkIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new FileSignalCommand(SIGNAL, "org-mee", "GM0392", "WAITING_TIMES", "CARE_AND_SUPPORT",
                        "OLDER_PEOPLE", "Text", 1, List.of()))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void residentsConcernedCannotBeBelowZero() {
        fixture.givenNoPriorActivity()
                .when(new FileSignalCommand(SIGNAL, "org-mee", "GM0534", "WAITING_TIMES", "CARE_AND_SUPPORT",
                        "OLDER_PEOPLE", "Text", -1, List.of()))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void caseReferenceThatIsABsnIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new FileSignalCommand(SIGNAL, "org-mee", "GM0534", "WAITING_TIMES", "CARE_AND_SUPPORT",
                        "OLDER_PEOPLE", "Text", 1, List.of("111222333")))
                .expectNoEvents()
                .expectException(PersonalDataException.class);
    }

    @Test
    void filedSignalIsBundled() {
        fixture.given(filed())
                .when(new BundleSignalCommand(SIGNAL, COLLECTIVE))
                .expectEvents(moved(SignalStatus.FILED, SignalStatus.BUNDLED, COLLECTIVE));
    }

    @Test
    void filedSignalCanBeWithdrawn() {
        fixture.given(filed())
                .when(new WithdrawSignalCommand(SIGNAL))
                .expectEvents(moved(SignalStatus.FILED, SignalStatus.WITHDRAWN, null));
    }

    @Test
    void bundledSignalCannotBeWithdrawn() {
        fixture.given(filed(), moved(SignalStatus.FILED, SignalStatus.BUNDLED, COLLECTIVE))
                .when(new WithdrawSignalCommand(SIGNAL))
                .expectNoEvents()
                .expectException(SignallingConflictException.class);
    }

    @Test
    void withdrawnSignalCannotBeBundled() {
        fixture.given(filed(), moved(SignalStatus.FILED, SignalStatus.WITHDRAWN, null))
                .when(new BundleSignalCommand(SIGNAL, COLLECTIVE))
                .expectNoEvents()
                .expectException(SignallingConflictException.class);
    }

    @Test
    void filedSignalCannotBeAnsweredBeforeItIsBundled() {
        fixture.given(filed())
                .when(answer())
                .expectNoEvents()
                .expectException(SignallingConflictException.class);
    }

    @Test
    void answeredSignalKeepsTheMunicipalitysAnswerForItsOrganisation() {
        fixture.given(filed(), moved(SignalStatus.FILED, SignalStatus.BUNDLED, COLLECTIVE))
                .when(answer())
                .expectEvents(moved(SignalStatus.BUNDLED, SignalStatus.ANSWERED, COLLECTIVE),
                        new SignalAnsweredEvent(SIGNAL, "org-mee", "GM0534", "WAITING_TIMES", COLLECTIVE,
                                "We add two access officers.", "Access team of six", LocalDate.of(2027, 3, 1),
                                NOW.minusSeconds(60)));
    }

    @Test
    void answerDeliveredAgainChangesNothing() {
        fixture.given(filed(), moved(SignalStatus.FILED, SignalStatus.BUNDLED, COLLECTIVE),
                        moved(SignalStatus.BUNDLED, SignalStatus.ANSWERED, COLLECTIVE))
                .when(answer())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static MarkSignalAnsweredCommand answer() {
        return new MarkSignalAnsweredCommand(SIGNAL, COLLECTIVE, "We add two access officers.", "Access team of six",
                LocalDate.of(2027, 3, 1), NOW.minusSeconds(60));
    }

    @Test
    void bundledSignalIsAnsweredAndThenClosed() {
        fixture.given(filed(), moved(SignalStatus.FILED, SignalStatus.BUNDLED, COLLECTIVE),
                        moved(SignalStatus.BUNDLED, SignalStatus.ANSWERED, COLLECTIVE))
                .when(new CloseSignalCommand(SIGNAL, COLLECTIVE))
                .expectEvents(moved(SignalStatus.ANSWERED, SignalStatus.CLOSED, COLLECTIVE));
    }

    @Test
    void mergingMovesABundledSignalToTheOtherCollectiveSignal() {
        fixture.given(filed(), moved(SignalStatus.FILED, SignalStatus.BUNDLED, COLLECTIVE))
                .when(new BundleSignalCommand(SIGNAL, "cs-2"))
                .expectEvents(moved(SignalStatus.BUNDLED, SignalStatus.BUNDLED, "cs-2"));
    }

    @Test
    void repeatedFeedbackChangesNothing() {
        fixture.given(filed(), moved(SignalStatus.FILED, SignalStatus.BUNDLED, COLLECTIVE))
                .when(new BundleSignalCommand(SIGNAL, COLLECTIVE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void transitionTableEndsInClosedOrWithdrawn() {
        assertThat(SignalStatus.CLOSED.next()).isEmpty();
        assertThat(SignalStatus.WITHDRAWN.next()).isEmpty();
        assertThat(SignalStatus.FILED.canMoveTo(SignalStatus.CLOSED)).isFalse();
        assertThat(SignalStatus.ANSWERED.canMoveTo(SignalStatus.BUNDLED)).isFalse();
    }
}
