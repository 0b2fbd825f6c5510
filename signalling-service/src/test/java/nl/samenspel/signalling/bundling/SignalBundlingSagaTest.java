package nl.samenspel.signalling.bundling;

import nl.samenspel.signalling.TestCatalogue;
import nl.samenspel.signalling.collective.CollectiveSignalOrigin;
import nl.samenspel.signalling.collective.RaiseCollectiveSignalCommand;
import nl.samenspel.signalling.signal.SignalFiledEvent;
import nl.samenspel.signalling.signal.SignalStatus;
import nl.samenspel.signalling.signal.SignalStatusChangedEvent;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static nl.samenspel.signalling.TestCatalogue.NOW;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.axonframework.test.matchers.Matchers.predicate;

class SignalBundlingSagaTest {

    private static final String HILLEGOM = "GM0534";
    private SagaTestFixture<SignalBundlingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(SignalBundlingSaga.class);
        fixture.registerResource(new BundlingRule(3, 2, Duration.ofDays(90)));
        fixture.registerResource(TestCatalogue.demoRegion());
    }

    private static SignalFiledEvent filed(String signal, String organisation, int day) {
        return filed(signal, organisation, HILLEGOM, "WAITING_TIMES", day);
    }

    private static SignalFiledEvent filed(String signal, String organisation, String municipality, String category, int day) {
        return new SignalFiledEvent(signal, organisation, municipality, category, "CARE_AND_SUPPORT", "OLDER_PEOPLE",
                "Household help takes 14 weeks.", 2, List.of(), NOW.plus(Duration.ofDays(day)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Matcher<List<? super CommandMessage<?>>> raisedFor(Set<String> signals, Set<String> organisations) {
        Matcher matcher = exactSequenceOf(messageWithPayload(predicate((RaiseCollectiveSignalCommand command) ->
                command.signalIds().equals(signals) && command.organisationIds().equals(organisations)
                        && command.municipalityCode().equals(HILLEGOM) && command.categoryCode().equals("WAITING_TIMES")
                        && command.origin() == CollectiveSignalOrigin.BUNDLED
                        && command.summary().startsWith("3 signals from 2 organisations about WAITING_TIMES"))));
        return matcher;
    }

    @Test
    void thirdSignalFromTwoOrganisationsWithin90DaysRaisesACollectiveSignal() {
        fixture.givenAPublished(filed("s1", "o1", 0)).andThenAPublished(filed("s2", "o2", 30))
                .whenPublishingA(filed("s3", "o1", 60))
                .expectDispatchedCommandsMatching(raisedFor(Set.of("s1", "s2", "s3"), Set.of("o1", "o2")));
    }

    @Test
    void collectiveSignalCarriesItsSignalsResidentsAndDescriptions() {
        fixture.givenAPublished(filed("s1", "o1", 0)).andThenAPublished(filed("s2", "o2", 30))
                .whenPublishingA(filed("s3", "o1", 60))
                .expectDispatchedCommandsMatching(exactSequenceOf(messageWithPayload(predicate(
                        (RaiseCollectiveSignalCommand command) -> command.residentsConcerned() == 6
                                && command.descriptions().equals(List.of("Household help takes 14 weeks.",
                                "Household help takes 14 weeks.", "Household help takes 14 weeks."))
                                && command.lifeDomains().equals(Set.of("CARE_AND_SUPPORT"))
                                && command.targetGroups().equals(Set.of("OLDER_PEOPLE"))))));
    }

    @Test
    void threeSignalsFromOneOrganisationAreNotEnough() {
        fixture.givenAPublished(filed("s1", "o1", 0)).andThenAPublished(filed("s2", "o1", 1))
                .whenPublishingA(filed("s3", "o1", 2))
                .expectNoDispatchedCommands();
    }

    @Test
    void signalsOlderThanTheWindowDoNotCount() {
        fixture.givenAPublished(filed("s1", "o1", 0)).andThenAPublished(filed("s2", "o2", 10))
                .whenPublishingA(filed("s3", "o1", 101))
                .expectNoDispatchedCommands();
    }

    @Test
    void signalsAboutAnotherMunicipalityOrCategoryAreBundledApart() {
        fixture.givenAPublished(filed("s1", "o1", 0))
                .andThenAPublished(filed("s2", "o2", HILLEGOM, "HOUSING", 1))
                .whenPublishingA(filed("s3", "o2", "GM0553", "WAITING_TIMES", 2))
                .expectNoDispatchedCommands();
    }

    @Test
    void withdrawnSignalNoLongerCounts() {
        fixture.givenAPublished(filed("s1", "o1", 0)).andThenAPublished(filed("s2", "o2", 1))
                .andThenAPublished(new SignalStatusChangedEvent("s2", "o2", HILLEGOM, "WAITING_TIMES",
                        SignalStatus.FILED, SignalStatus.WITHDRAWN, null, NOW))
                .whenPublishingA(filed("s3", "o1", 2))
                .expectNoDispatchedCommands();
    }

    @Test
    void bundledSignalsAreNotBundledAgain() {
        fixture.givenAPublished(filed("s1", "o1", 0)).andThenAPublished(filed("s2", "o2", 1))
                .andThenAPublished(filed("s3", "o1", 2))
                .whenPublishingA(filed("s4", "o2", 3))
                .expectNoDispatchedCommands();
    }

    @Test
    void ruleIsConfigurable() {
        fixture.registerResource(new BundlingRule(2, 2, Duration.ofDays(7)));
        fixture.givenAPublished(filed("s1", "o1", 0))
                .whenPublishingA(filed("s2", "o2", 6))
                .expectDispatchedCommandsMatching(predicate(commands -> ((List<?>) commands).size() == 1));
    }
}
